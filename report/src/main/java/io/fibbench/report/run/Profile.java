package io.fibbench.report.run;

import java.util.List;

/**
 * How long and how carefully to measure. quick: a smoke run to try the tool (under 3 minutes on 2
 * cores: the call costs, the seed batch and the large call only); default: everything in about 15
 * minutes, median error about 5% for the call benchmarks; full: more forks and iterations, on every
 * JDK found.
 */
public enum Profile {

    QUICK(new Plan(1, 2, 3, 200, List.of("1", "20", "92")),
            new Plan(1, 2, 3, 0, List.of("20")),
            new Plan(1, 1, 3, 0, List.of("30")),
            Plan.SKIP, Plan.SKIP, Plan.SKIP, Plan.SKIP,
            false, false, "--warmup 1 --iterations 5 --time-ms 100 --sweep 1,20,92 --large-n 30 --each none"),

    DEFAULT(new Plan(2, 3, 4, 300, List.of("1", "5", "10", "20", "40", "60", "92")),
            new Plan(2, 3, 5, 0, List.of("20")),
            new Plan(1, 1, 4, 0, List.of("30", "35", "40")),
            new Plan(4, 0, 1, 0, List.of()),
            // 5 short iterations, not 3 long ones: with one fork, JMH's 99.9% interval uses Student's t with
            // iterations - 1 degrees of freedom, 31.6 for 2 against 8.6 for 4, in about the same time.
            new Plan(1, 1, 5, 200, List.of("20")),
            new Plan(1, 1, 5, 150, List.of("1", "16", "1024", "65536")),
            // 2 forks: each(0) and each(64) run in different JVMs, and their difference must see JVM-to-JVM noise.
            new Plan(2, 2, 4, 200, List.of("0", "64")),
            true, false, "--warmup 3 --iterations 10 --time-ms 300 --sweep 1,5,10,20,40,60,92 --large-n 30,35,40"
                    + " --each 0,64"),

    /**
     * For the regression check in CI: only the call benchmarks that matter most (noop, fib(20), the
     * seed batch), but 5 forks each, because fork-to-fork noise is what a comparison must see.
     */
    CI(new Plan(5, 2, 3, 200, List.of("20")),
            new Plan(5, 2, 3, 0, List.of("20")),
            Plan.SKIP, Plan.SKIP, Plan.SKIP, Plan.SKIP, Plan.SKIP,
            false, false, "--warmup 1 --iterations 5 --time-ms 100 --sweep 20 --large-n 30 --each none"),

    FULL(new Plan(3, 5, 5, 1000, List.of("1", "5", "10", "20", "40", "60", "92")),
            new Plan(3, 5, 10, 0, List.of("20")),
            new Plan(3, 2, 5, 0, List.of("30", "35", "40")),
            new Plan(20, 0, 1, 0, List.of()),
            new Plan(3, 5, 5, 1000, List.of("20")),
            new Plan(3, 5, 5, 1000, List.of("1", "16", "1024", "65536")),
            new Plan(3, 5, 5, 1000, List.of("0", "64")),
            true, true, "--warmup 5 --iterations 20 --time-ms 1000 --sweep 1,5,10,20,40,60,92 --large-n 30,35,40"
                    + " --each 0,64");

    /** Overhead.noop and Sweep.fib (AverageTime). */
    public final Plan calls;
    /** SeedBatch.fib: 1,000,000 calls per op. */
    public final Plan seed;
    /** LargeCall.fibRecursive. */
    public final Plan large;
    /** FirstCall.firstFib: one cold shot per fork, so forks are the samples. */
    public final Plan firstCall;
    /** Scaling.fib, run with 1 thread and with one per core. */
    public final Plan scaling;
    /** ArrayPassing.heap and .offHeap, over the array lengths in {@code n}. */
    public final Plan arrays;
    /** Upcalls.each, over the callback counts in {@code n} (0: the downcall alone). */
    public final Plan upcalls;
    /** Adds JMH's gc profiler (allocation per call). */
    public final boolean gcProfiler;
    /** Runs on every JDK found instead of the newest. */
    public final boolean allJdks;
    /** Arguments for the C floor program, matching the plans above. */
    public final String floorArgs;

    Profile(Plan calls, Plan seed, Plan large, Plan firstCall, Plan scaling, Plan arrays, Plan upcalls,
            boolean gcProfiler, boolean allJdks, String floorArgs) {
        this.arrays = arrays;
        this.upcalls = upcalls;
        this.calls = calls;
        this.seed = seed;
        this.large = large;
        this.firstCall = firstCall;
        this.scaling = scaling;
        this.gcProfiler = gcProfiler;
        this.allJdks = allJdks;
        this.floorArgs = floorArgs;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
