package io.fibbench.bench;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;

/**
 * Every benchmark of the suite, once: the runner, the report, the regression check and the C floor
 * name a benchmark through this registry, never by a string of their own. A JMH result's
 * "benchmark" is {@code io.fibbench.bench.<Class>.<method>}; its {@link #id()} is {@code <Class>.<method>},
 * which is also what fibfloor writes for the C floor's rows.
 *
 * <p>What JMH's annotations already say (mode, unit, the default parameter values) is read from the
 * benchmark class, not repeated here.
 */
public enum Scenario {

    OVERHEAD(Overhead.class, "noop", null, "call overhead", Floor.ALWAYS, 0),
    SWEEP(Sweep.class, "fib", "n", "the fib(n) sweep", Floor.option("--sweep"), 0),
    SEED_BATCH(SeedBatch.class, "fib", "n", "1,000,000 calls", Floor.always("--seed-n"), 0.1),
    LARGE_CALL(LargeCall.class, "fibRecursive", "n", "one large call", Floor.option("--large-n"), 0.2),
    FIRST_CALL(FirstCall.class, "firstFib", null, "first call", Floor.NONE, 0.3),
    /** Run with one thread and again with one per core. */
    SCALING(Scaling.class, "fib", "n", "threads", Floor.NONE, 0),
    ARRAYS_HEAP(ArrayPassing.class, "heap", "count", "arrays from the heap", Floor.NONE, 0),
    ARRAYS_OFF_HEAP(ArrayPassing.class, "offHeap", "count", "arrays in native memory", Floor.NONE, 0),
    UPCALLS(Upcalls.class, "each", "count", "callbacks", Floor.option("--each"), 0),
    MANY_ARGUMENTS(ManyArguments.class, "fibMixed", "n", "eight arguments", Floor.option("--mixed"), 0),
    ERRNO(Errno.class, "fibErrno", "n", "errno", Floor.option("--errno"), 0),
    STRINGS_TO_C(Strings.class, "toC", "length", "strings into C", Floor.option("--text-in"), 0),
    STRINGS_FROM_C(Strings.class, "fromC", "length", "strings from C", Floor.option("--text-out"), 0),
    STRUCT_PAIR(Structs.class, "pair", "n", "16-byte struct by value", Floor.option("--pair"), 0),
    STRUCT_PAIR_FILLED(Structs.class, "pairFilled", "n", "16-byte struct through a pointer", Floor.option("--pair-filled"), 0),
    STRUCT_QUAD(Structs.class, "quad", "n", "32-byte struct by value", Floor.option("--quad"), 0),
    STRUCT_QUAD_FILLED(Structs.class, "quadFilled", "n", "32-byte struct through a pointer", Floor.option("--quad-filled"), 0);

    /** The package every benchmark class is in, as JMH's results name it. */
    public static final String PACKAGE = Overhead.class.getPackageName();

    /**
     * Whether and how the C floor program (fibfloor) measures this benchmark too.
     *
     * @param measured whether fibfloor has it at all
     * @param always   whether fibfloor runs it in every run ("none" is not a value its option takes)
     * @param option   fibfloor's option for the parameter values, or null for none
     */
    public record Floor(boolean measured, boolean always, String option) {
        static final Floor NONE = new Floor(false, false, null);
        static final Floor ALWAYS = new Floor(true, true, null);

        /** Measured for the values given with {@code option}; left out with {@code option none}. */
        static Floor option(String option) {
            return new Floor(true, false, option);
        }

        /** Measured in every run, with the value given with {@code option}. */
        static Floor always(String option) {
            return new Floor(true, true, option);
        }
    }

    private final Class<?> benchmarkClass;
    private final String method;
    private final String param;
    private final String title;
    private final Floor floor;
    private final double secondsPerShot;

    Scenario(Class<?> benchmarkClass, String method, String param, String title, Floor floor, double secondsPerShot) {
        this.benchmarkClass = benchmarkClass;
        this.method = method;
        this.param = param;
        this.title = title;
        this.floor = floor;
        this.secondsPerShot = secondsPerShot;
    }

    /** {@code Class.method}, e.g. {@code Sweep.fib}: how results, tables, compare keys and fibfloor name it. */
    public String id() {
        return benchmarkClass.getSimpleName() + "." + method;
    }

    /** JMH's full benchmark name. */
    public String benchmark() {
        return benchmarkClass.getName() + "." + method;
    }

    /** The JMH include pattern for this benchmark alone. */
    public String include() {
        return "^" + benchmark().replace(".", "\\.") + "$";
    }

    /** The size parameter ("n" or "count"), or null for a benchmark without one. */
    public String param() {
        return param;
    }

    /** The values the benchmark class declares for {@link #param()} (what runs when no profile narrows them). */
    public List<String> defaultValues() {
        if (param == null) {
            return List.of();
        }
        try {
            Field field = benchmarkClass.getField(param);
            return Arrays.asList(field.getAnnotation(Param.class).value());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(benchmarkClass.getName() + " has no public @Param field '" + param + "'", e);
        }
    }

    /** What the progress line calls this benchmark. */
    public String title() {
        return title;
    }

    public Floor floor() {
        return floor;
    }

    public boolean scalesThreads() {
        return this == SCALING;
    }

    /**
     * Whether this is the cost of calls in a steady state, the suite's main figure: what the report's
     * precision section counts and a run spends spare forks on. Not the one large call, the first call
     * or the threads scenario, which answer other questions with a plan of their own.
     */
    public boolean callCost() {
        return switch (this) {
            case OVERHEAD, SWEEP, SEED_BATCH, ARRAYS_HEAP, ARRAYS_OFF_HEAP, UPCALLS, MANY_ARGUMENTS, ERRNO, STRINGS_TO_C,
                 STRINGS_FROM_C, STRUCT_PAIR, STRUCT_PAIR_FILLED, STRUCT_QUAD, STRUCT_QUAD_FILLED -> true;
            case LARGE_CALL, FIRST_CALL, SCALING -> false;
        };
    }

    /** Rough seconds of one single-shot iteration, for the progress estimate (0: timed iterations). */
    public double secondsPerShot() {
        return secondsPerShot;
    }

    public Mode mode() {
        return benchmarkClass.getAnnotation(BenchmarkMode.class).value()[0];
    }

    public TimeUnit unit() {
        return benchmarkClass.getAnnotation(OutputTimeUnit.class).value();
    }

    /** The scenario of a result's short name ({@code Sweep.fib}) or full JMH name; empty for none of the suite's. */
    public static Optional<Scenario> of(String name) {
        for (Scenario s : values()) {
            if (s.id().equals(name) || s.benchmark().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
