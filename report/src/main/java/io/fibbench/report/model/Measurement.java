package io.fibbench.report.model;

import io.fibbench.bench.Scenario;
import java.util.List;

/**
 * One JMH result (one benchmark, variant, n and JDK), or a C floor result (variant "c", jdk 0).
 *
 * @param scenario   the benchmark's short name, e.g. "Sweep.fib"
 * @param mode       JMH mode: avgt, thrpt, ss, sample
 * @param n          the n parameter (ArrayPassing: its count), or null for benchmarks without one
 * @param jdk        the JDK's feature release, 0 for the C floor
 * @param jdkVersion the full version string as JMH recorded it
 * @param error      JMH's 99.9% half-width, NaN where it could not compute one
 * @param forks      the raw data: one list of iteration scores per fork
 * @param allocation bytes allocated per operation (gc profiler), NaN when not measured
 * @param threads    benchmark threads (JMH's "threads")
 */
public record Measurement(String benchmark, String scenario, String mode, String variant, Integer n,
                          int jdk, String jdkVersion, double score, double error, String unit,
                          List<List<Double>> forks, double allocation, int threads) {

    public static final String C_FLOOR = "c";
    public static final String PURE_JAVA = "java";

    public int samples() {
        return forks.stream().mapToInt(List::size).sum();
    }

    public boolean is(Scenario scenario) {
        return scenario.id().equals(this.scenario);
    }

    public boolean isFloor() {
        return C_FLOOR.equals(variant);
    }

    /** The identity two runs are matched by: benchmark, params and JDK. */
    public String key() {
        return scenario + " variant=" + variant + (n == null ? "" : " n=" + n) + (threads == 1 ? "" : " threads=" + threads)
                + " jdk=" + (jdk == 0 ? "C" : jdk);
    }

    /** Lower is better for time per op and single shot; higher for throughput. */
    public boolean lowerIsBetter() {
        return !"thrpt".equals(mode) && !unit.startsWith("ops/");
    }
}
