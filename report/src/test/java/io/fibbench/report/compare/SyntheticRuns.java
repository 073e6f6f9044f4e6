package io.fibbench.report.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

/** JMH JSON files made to order: a benchmark with a chosen mean, spread and mode. */
final class SyntheticRuns {

    private SyntheticRuns() {
    }

    /** One result per variant, 5 forks of 4 iterations drawn around {@code mean} with relative spread {@code noise}. */
    static Path write(Path file, String mode, String unit, long seed, double noise, double... meansPerVariant)
            throws IOException {
        return writeForks(file, mode, unit, seed, noise, 5, meansPerVariant);
    }

    static Path writeForks(Path file, String mode, String unit, long seed, double noise, int forks, double... meansPerVariant)
            throws IOException {
        Random random = new Random(seed);
        StringBuilder json = new StringBuilder("[");
        for (int v = 0; v < meansPerVariant.length; v++) {
            double mean = meansPerVariant[v];
            StringBuilder raw = new StringBuilder();
            for (int f = 0; f < forks; f++) {
                double forkMean = mean * (1 + noise * random.nextGaussian()); // forks differ more than iterations
                raw.append(f == 0 ? "[" : ",[").append(DoubleStream.generate(() -> forkMean * (1 + noise / 4 * random.nextGaussian()))
                        .limit(4).mapToObj(d -> String.format(Locale.ROOT, "%.6f", d)).collect(Collectors.joining(","))).append(']');
            }
            String fork = raw.toString();
            json.append(v == 0 ? "" : ",").append(String.format(Locale.ROOT, """
                    {"jmhVersion":"1.37","benchmark":"io.fibbench.bench.Overhead.noop","mode":"%s","threads":1,"forks":1,
                     "jdkVersion":"25.0.3","params":{"variant":"v%d"},
                     "primaryMetric":{"score":%f,"scoreError":%f,"scoreUnit":"%s","rawData":[%s]},"secondaryMetrics":{}}
                    """, mode, v, mean, mean * noise, unit, fork));
        }
        Files.writeString(file, json.append("]").toString());
        return file;
    }
}
