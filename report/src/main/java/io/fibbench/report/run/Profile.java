package io.fibbench.report.run;

import static io.fibbench.bench.Scenario.ARRAYS_HEAP;
import static io.fibbench.bench.Scenario.ARRAYS_OFF_HEAP;
import static io.fibbench.bench.Scenario.FIRST_CALL;
import static io.fibbench.bench.Scenario.LARGE_CALL;
import static io.fibbench.bench.Scenario.OVERHEAD;
import static io.fibbench.bench.Scenario.SCALING;
import static io.fibbench.bench.Scenario.SEED_BATCH;
import static io.fibbench.bench.Scenario.SWEEP;
import static io.fibbench.bench.Scenario.UPCALLS;

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

    /** A smoke run to try the tool (under 3 minutes on 2 cores): the call costs, the seed batch and the large call. */
    QUICK(false, false, Plan.timed(1, 1, 5, 100), Map.of(
            OVERHEAD, Plan.timed(1, 2, 3, 200),
            SWEEP, Plan.timed(1, 2, 3, 200).only("1", "20", "92"),
            SEED_BATCH, Plan.shots(1, 2, 3),
            LARGE_CALL, Plan.shots(1, 1, 3).only("30"))),

    /** Everything, in about 15 minutes on 2 cores, with the gc profiler. */
    DEFAULT(true, false, Plan.timed(1, 3, 10, 300), Map.of(
            OVERHEAD, Plan.timed(2, 3, 4, 300),
            SWEEP, Plan.timed(2, 3, 4, 300),
            SEED_BATCH, Plan.shots(2, 3, 5),
            LARGE_CALL, Plan.shots(1, 1, 4),
            // One cold shot per fork: forks are the samples.
            FIRST_CALL, Plan.shots(4, 0, 1),
            // 5 short iterations, not 3 long ones: with one fork, JMH's 99.9% interval uses Student's t with
            // iterations - 1 degrees of freedom, 31.6 for 2 against 8.6 for 4, in about the same time.
            SCALING, Plan.timed(1, 1, 5, 200),
            ARRAYS_HEAP, Plan.timed(1, 1, 5, 150),
            ARRAYS_OFF_HEAP, Plan.timed(1, 1, 5, 150),
            // 2 forks: each(0) and each(64) run in different JVMs, and their difference must see JVM-to-JVM noise.
            UPCALLS, Plan.timed(2, 2, 4, 200))),

    /**
     * For the regression check in CI: only the call benchmarks that matter most (noop, fib(20), the
     * seed batch), but 5 forks each, because fork-to-fork noise is what a comparison must see.
     */
    CI(false, false, Plan.timed(1, 1, 5, 100), Map.of(
            OVERHEAD, Plan.timed(5, 2, 3, 200),
            SWEEP, Plan.timed(5, 2, 3, 200).only("20"),
            SEED_BATCH, Plan.shots(5, 2, 3))),

    /** More forks and longer iterations, on every JDK found. */
    FULL(true, true, Plan.timed(1, 5, 20, 1000), Map.of(
            OVERHEAD, Plan.timed(3, 5, 5, 1000),
            SWEEP, Plan.timed(3, 5, 5, 1000),
            SEED_BATCH, Plan.shots(3, 5, 10),
            LARGE_CALL, Plan.shots(3, 2, 5),
            FIRST_CALL, Plan.shots(20, 0, 1),
            SCALING, Plan.timed(3, 5, 5, 1000),
            ARRAYS_HEAP, Plan.timed(3, 5, 5, 1000),
            ARRAYS_OFF_HEAP, Plan.timed(3, 5, 5, 1000),
            UPCALLS, Plan.timed(3, 5, 5, 1000)));

    /** Adds JMH's gc profiler (allocation per call). */
    public final boolean gcProfiler;
    /** Runs on every JDK found instead of the newest. */
    public final boolean allJdks;
    /** The C floor program's iterations (its forks are ignored: it runs once). */
    private final Plan floor;
    private final Map<Scenario, Plan> plans;

    Profile(boolean gcProfiler, boolean allJdks, Plan floor, Map<Scenario, Plan> plans) {
        this.gcProfiler = gcProfiler;
        this.allJdks = allJdks;
        this.floor = floor;
        this.plans = Collections.unmodifiableMap(new EnumMap<>(plans));
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
