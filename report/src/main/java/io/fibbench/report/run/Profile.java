package io.fibbench.report.run;

import static io.fibbench.bench.Scenario.ARRAYS_HEAP;
import static io.fibbench.bench.Scenario.ARRAYS_OFF_HEAP;
import static io.fibbench.bench.Scenario.FIRST_CALL;
import static io.fibbench.bench.Scenario.ERRNO;
import static io.fibbench.bench.Scenario.LARGE_CALL;
import static io.fibbench.bench.Scenario.MANY_ARGUMENTS;
import static io.fibbench.bench.Scenario.OVERHEAD;
import static io.fibbench.bench.Scenario.SCALING;
import static io.fibbench.bench.Scenario.SEED_BATCH;
import static io.fibbench.bench.Scenario.STRINGS_FROM_C;
import static io.fibbench.bench.Scenario.STRINGS_TO_C;
import static io.fibbench.bench.Scenario.STRUCT_PAIR;
import static io.fibbench.bench.Scenario.STRUCT_PAIR_FILLED;
import static io.fibbench.bench.Scenario.STRUCT_QUAD;
import static io.fibbench.bench.Scenario.STRUCT_QUAD_FILLED;
import static io.fibbench.bench.Scenario.SWEEP;
import static io.fibbench.bench.Scenario.UPCALLS;

import static java.util.Map.entry;

import io.fibbench.bench.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long and how carefully to measure: which scenarios run, each with its plan. A scenario a
 * profile leaves out is not run; a plan without values runs the benchmark's own {@code @Param}
 * values. The C floor's arguments are derived from the same plans.
 */
public enum Profile {

    /** Seconds, for checking that the harness works (tests, a first try): noop only, one short fork. */
    SMOKE(false, false, Plan.timed(1, 0, 2, 20), Map.of(
            OVERHEAD, Plan.timed(1, 1, 2, 50))),

    /**
     * A first look in about 3 minutes on 2 cores: noop, fib(20) and the seed batch. Many short forks
     * rather than a few long ones: forks are the samples the intervals are made of.
     */
    QUICK(false, false, Plan.timed(1, 1, 5, 100), Map.of(
            OVERHEAD, Plan.timed(4, 2, 2, 100),
            SWEEP, Plan.timed(4, 2, 2, 100).only("20"),
            SEED_BATCH, Plan.shots(3, 5, 3))),

    /**
     * Everything, with the gc profiler, in about 20 minutes on 2 cores: every call cost gets 3 or 4 short
     * forks (a fork's 100 ms iterations settle once C2 has compiled the call, well within its warmup),
     * at fewer sizes than the benchmarks declare (the full profile runs them all), then a tenth of that
     * time more for the cells whose interval is still wide ({@link Refinement}). The strings, structs,
     * eight-arguments and errno scenarios were paid for with fib(10) and fib(40), arrays of 1024,
     * fib_recursive(30) and (35), the 16-byte struct, a fork of noop and of the first call, and shorter
     * C-floor iterations (C's own timings vary least of all). Without refinement, 10 of 110 of the
     * older call costs were within 5%; with it, 54 of 150 (README).
     */
    DEFAULT(true, false, Plan.timed(1, 2, 8, 200), Map.ofEntries(
            entry(OVERHEAD, Plan.timed(3, 2, 3, 100)),
            entry(SWEEP, Plan.timed(3, 2, 2, 100).only("1", "20", "92")),
            entry(SEED_BATCH, Plan.shots(4, 5, 3)),
            entry(LARGE_CALL, Plan.shots(1, 1, 4).only("40")),
            // One cold shot per fork: forks are the samples.
            entry(FIRST_CALL, Plan.shots(3, 0, 1)),
            entry(SCALING, Plan.timed(1, 1, 5, 200)),
            entry(ARRAYS_HEAP, Plan.timed(3, 2, 2, 100).only("1", "65536")),
            entry(ARRAYS_OFF_HEAP, Plan.timed(3, 2, 2, 100).only("1", "65536")),
            entry(UPCALLS, Plan.timed(3, 2, 2, 100)),
            entry(MANY_ARGUMENTS, Plan.timed(3, 2, 2, 100)),
            entry(ERRNO, Plan.timed(3, 2, 2, 100)),
            // Short and long text, both ways; the full profile adds 0 and 1024.
            entry(STRINGS_TO_C, Plan.timed(3, 2, 2, 100).only("16", "65536")),
            entry(STRINGS_FROM_C, Plan.timed(3, 2, 2, 100).only("16", "65536")),
            // The 32-byte struct by value and through a pointer; the full profile adds the 16-byte one.
            entry(STRUCT_QUAD, Plan.timed(3, 2, 2, 100)),
            entry(STRUCT_QUAD_FILLED, Plan.timed(3, 2, 2, 100))), new Refine(List.of(0.05, 0.15), 12, 0.1)),

    /**
     * For the regression check in CI: only the call benchmarks that matter most (noop, fib(20), the
     * seed batch), but 5 forks each, because fork-to-fork noise is what a comparison must see. Short
     * iterations (as the quick profile's): a fork's time is mostly its JVM's start, and ab's rounds,
     * not longer forks, are what narrows its intervals.
     */
    CI(false, false, Plan.timed(1, 1, 5, 100), Map.of(
            OVERHEAD, Plan.timed(5, 2, 3, 100),
            SWEEP, Plan.timed(5, 2, 3, 100).only("20"),
            SEED_BATCH, Plan.shots(5, 2, 3))),

    /** More forks and longer iterations, on every JDK found, then more forks where intervals are still wide. */
    FULL(true, true, Plan.timed(1, 5, 20, 1000), Map.ofEntries(
            entry(OVERHEAD, Plan.timed(10, 2, 5, 500)),
            entry(SWEEP, Plan.timed(10, 2, 5, 500).only("1", "5", "10", "20", "40", "60", "92")),
            entry(SEED_BATCH, Plan.shots(10, 2, 5)),
            entry(LARGE_CALL, Plan.shots(3, 2, 5)),
            entry(FIRST_CALL, Plan.shots(20, 0, 1)),
            entry(SCALING, Plan.timed(3, 5, 5, 1000)),
            entry(ARRAYS_HEAP, Plan.timed(10, 2, 5, 500).only("1", "16", "1024", "65536")),
            entry(ARRAYS_OFF_HEAP, Plan.timed(10, 2, 5, 500).only("1", "16", "1024", "65536")),
            entry(UPCALLS, Plan.timed(10, 2, 5, 500)),
            entry(MANY_ARGUMENTS, Plan.timed(10, 2, 5, 500)),
            entry(ERRNO, Plan.timed(10, 2, 5, 500)),
            entry(STRINGS_TO_C, Plan.timed(10, 2, 5, 500)),
            entry(STRINGS_FROM_C, Plan.timed(10, 2, 5, 500)),
            entry(STRUCT_PAIR, Plan.timed(10, 2, 5, 500)),
            entry(STRUCT_PAIR_FILLED, Plan.timed(10, 2, 5, 500)),
            entry(STRUCT_QUAD, Plan.timed(10, 2, 5, 500)),
            entry(STRUCT_QUAD_FILLED, Plan.timed(10, 2, 5, 500))),
            // The full profile is the one for precision: a tenth more time for the cells still wide.
            new Refine(List.of(0.05, 0.15), 20, 0.1));

    /**
     * After the planned forks: more forks for the call-cost cells whose interval is wider than each
     * target in turn, up to {@code maxForks} a cell, for at most {@code extraShare} of the time the
     * planned part took (a share, so that a run of a few variants refines for a little while, not minutes).
     */
    public record Refine(List<Double> targets, int maxForks, double extraShare) {
    }

    /** Adds JMH's gc profiler (allocation per call). */
    public final boolean gcProfiler;
    /** Runs on every JDK found instead of the newest. */
    public final boolean allJdks;
    /** The C floor program's iterations (its forks are ignored: it runs once). */
    private final Plan floor;
    private final Map<Scenario, Plan> plans;
    private final Refine refine;

    Profile(boolean gcProfiler, boolean allJdks, Plan floor, Map<Scenario, Plan> plans) {
        this(gcProfiler, allJdks, floor, plans, null);
    }

    Profile(boolean gcProfiler, boolean allJdks, Plan floor, Map<Scenario, Plan> plans, Refine refine) {
        this.gcProfiler = gcProfiler;
        this.allJdks = allJdks;
        this.floor = floor;
        this.plans = Collections.unmodifiableMap(new EnumMap<>(plans));
        this.refine = refine;
    }

    /** How the time left after the planned forks is spent, or empty for a profile that stops there. */
    public java.util.Optional<Refine> refine() {
        return java.util.Optional.ofNullable(refine);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scenarios this profile runs, in the registry's order, each with its plan. */
    public Map<Scenario, Plan> plans() {
        return plans;
    }

    /** The parameter values a scenario runs with: the plan's, or the benchmark's own. */
    public static List<String> values(Scenario scenario, Plan plan) {
        return plan.values().isEmpty() ? scenario.defaultValues() : plan.values();
    }

    /** fibfloor's arguments: the same iterations for every floor row, and the same values as the Java side. */
    public List<String> floorArgs() {
        List<String> args = new ArrayList<>(List.of("--warmup", String.valueOf(floor.warmups()),
                "--iterations", String.valueOf(floor.measurements()), "--time-ms", String.valueOf(floor.millis())));
        for (Scenario s : Scenario.values()) {
            Scenario.Floor f = s.floor();
            if (f.option() == null) {
                continue;
            }
            Plan plan = plans.get(s);
            if (plan != null) {
                args.add(f.option());
                args.add(String.join(",", values(s, plan)));
            } else if (!f.always()) {
                args.add(f.option());
                args.add("none");
            }
        }
        return args;
    }
}
