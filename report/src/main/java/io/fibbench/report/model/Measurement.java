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
 * @param error      the half-width of the score's interval: 99% over fork means with two forks or more;
 *                   with one fork, JMH's 99.9% over its iterations (see {@link #errorAcrossForks()});
 *                   NaN where there is none
 * @param forks      the raw data: one list of iteration scores per fork
 * @param allocation bytes allocated per operation (gc profiler), NaN when not measured
 * @param threads    benchmark threads (JMH's "threads")
 */
public record Measurement(String benchmark, String scenario, String mode, String variant, Integer n,
                          int jdk, String jdkVersion, double score, double error, String unit,
                          List<List<Double>> forks, double allocation, int threads) {

    public static final String C_FLOOR = "c";
    /** The intervals over fork means are at 1 - ALPHA confidence. */
    public static final double ALPHA = 0.01;
    public static final String PURE_JAVA = "java";

    public int samples() {
        return forks.stream().mapToInt(List::size).sum();
    }

    public boolean is(Scenario scenario) {
        return scenario.id().equals(this.scenario);
    }

    /** Whether {@link #error} rests on fork means (2+ forks), not on one fork's iterations. */
    public boolean errorAcrossForks() {
        return forks.size() >= 2;
    }

    /** The error as a share of the score: what "precise to 5%" means. */
    public double relativeError() {
        return error / Math.abs(score);
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
