package io.fibbench.report.run;

import java.util.List;

/**
 * How one benchmark is measured in a profile.
 *
 * @param forks        JVMs per parameter set
 * @param warmups      warmup iterations (for SingleShotTime: warmup batches)
 * @param measurements measured iterations
 * @param millis       length of one timed iteration, 0 for single-shot benchmarks
 * @param values       values of the benchmark's size parameter; empty: the benchmark's own {@code @Param} values
 */
public record Plan(int forks, int warmups, int measurements, int millis, List<String> values) {

    /** Timed iterations of {@code millis} each. */
    static Plan timed(int forks, int warmups, int measurements, int millis) {
        return new Plan(forks, warmups, measurements, millis, List.of());
    }

    /** Single-shot iterations (JMH times each one whole). */
    static Plan shots(int forks, int warmups, int measurements) {
        return new Plan(forks, warmups, measurements, 0, List.of());
    }

    /** The same plan for these parameter values only. */
    Plan only(String... values) {
        return new Plan(forks, warmups, measurements, millis, List.of(values));
    }

    /** Rough seconds per parameter set, for the progress estimate: JVM start, then the iterations. */
    double estimateSeconds(double secondsPerSingleShot) {
        double perFork = 1.5 + (millis > 0
                ? (warmups + measurements) * millis / 1000.0
                : (warmups + measurements) * secondsPerSingleShot);
        return forks * perFork;
    }
}
