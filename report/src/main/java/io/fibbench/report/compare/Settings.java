package io.fibbench.report.compare;

/**
 * How strict a comparison is.
 *
 * @param threshold   smallest relative change that counts (0.10 = 10%)
 * @param alpha       false discovery rate over all benchmarks compared (Benjamini-Hochberg)
 * @param normalizeBy a reference benchmark, e.g. "Sweep.fib variant=java n=20", that every score is
 *                    divided by within its own run (and JDK), or null; lets runs from different
 *                    machines be compared as ratios
 */
public record Settings(double threshold, double alpha, String normalizeBy) {

    public static final Settings DEFAULT = new Settings(0.15, 0.01, null);
}
