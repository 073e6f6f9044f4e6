package io.fibbench.report.run;

import java.util.List;

/**
 * How one group of benchmarks is measured in a profile.
 *
 * @param forks       JVMs per benchmark and parameter set
 * @param warmups     warmup iterations (for SingleShotTime: warmup batches)
 * @param measurements measured iterations
 * @param millis      length of one timed iteration (ignored by SingleShotTime)
 * @param n           values of the benchmark's n parameter, empty for none
 */
public record Plan(int forks, int warmups, int measurements, int millis, List<String> n) {

    /** A group the profile does not run. */
    public static final Plan SKIP = new Plan(0, 0, 0, 0, List.of());

    /** Rough seconds per parameter set, for the progress estimate: JVM start, then the iterations. */
    double estimateSeconds(double secondsPerSingleShot) {
        double perFork = 1.5 + (millis > 0
                ? (warmups + measurements) * millis / 1000.0
                : (warmups + measurements) * secondsPerSingleShot);
        return forks * perFork;
    }
}
