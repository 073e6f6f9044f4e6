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

    /** One avgt result per variant; samples drawn around {@code mean} with relative spread {@code noise}. */
    static Path write(Path file, String mode, String unit, long seed, double noise, double... meansPerVariant)
            throws IOException {
        Random random = new Random(seed);
        StringBuilder json = new StringBuilder("[");
        for (int v = 0; v < meansPerVariant.length; v++) {
            double mean = meansPerVariant[v];
            String fork = DoubleStream.generate(() -> mean * (1 + noise * random.nextGaussian())).limit(10)
                    .mapToObj(d -> String.format(Locale.ROOT, "%.6f", d)).collect(Collectors.joining(","));
            json.append(v == 0 ? "" : ",").append(String.format(Locale.ROOT, """
                    {"jmhVersion":"1.37","benchmark":"io.fibbench.bench.Overhead.noop","mode":"%s","threads":1,"forks":1,
                     "jdkVersion":"25.0.3","params":{"variant":"v%d"},
                     "primaryMetric":{"score":%f,"scoreError":%f,"scoreUnit":"%s","rawData":[[%s]]},"secondaryMetrics":{}}
                    """, mode, v, mean, mean * noise, unit, fork));
        }
        Files.writeString(file, json.append("]").toString());
        return file;
    }
}
