package io.fibbench.report.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.fibbench.report.model.ResultsFile;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The runner measures a benchmark's forks in rounds, one JMH run per fork, so that variants take
 * turns and a noisy minute hits them all alike. This folds each round's result into the run's:
 * one JMH result per benchmark, parameters and JVM, holding every fork's iterations. Each metric's
 * score, error and percentiles are recomputed over all of them as JMH does for an averaged metric
 * (Student's t at 99.9% over every iteration); the report reads the primary metric and
 * gc.alloc.rate.norm, both averages, and makes its own interval over fork means.
 */
public final class ForkMerge {

    private static final double[] PERCENTILES = {0.0, 50.0, 90.0, 95.0, 99.0, 99.9, 99.99, 99.999, 99.9999, 100.0};

    /** Each fork's CPU probe record ({@link CpuPin.ForkProbe}), in fork order, beside JMH's own fields. */
    public static final String PROBES = "fibbenchForkProbes";

    /** Each fork's round of an A/B comparison, in fork order: what pairs the two sides' forks. */
    public static final String ROUNDS = "fibbenchRounds";

    private ForkMerge() {
    }

    /** What identifies one result across rounds: benchmark, mode, threads, JVM and parameters. */
    static String key(JsonNode result) {
        return result.path("benchmark").asText() + "|" + result.path("mode").asText() + "|" + result.path("threads").asInt(1)
                + "|" + result.path("jvm").asText() + "|" + result.path("params").toString();
    }

    /** Adds one round's results to the run's, merging the forks of results with the same key. */
    public static void add(ArrayNode results, JsonNode round) {
        for (JsonNode r : round) {
            ObjectNode existing = null;
            for (JsonNode e : results) {
                if (key(e).equals(key(r))) {
                    existing = (ObjectNode) e;
                }
            }
            if (existing == null) {
                results.add(r.deepCopy());
                continue;
            }
            existing.put("forks", existing.path("forks").asInt() + r.path("forks").asInt());
            for (String perFork : List.of(PROBES, ROUNDS)) {
                if (r.has(perFork)) {
                    ArrayNode into = existing.withArray(perFork);
                    r.path(perFork).forEach(p -> into.add(p.deepCopy()));
                }
            }
            mergeMetric((ObjectNode) existing.get("primaryMetric"), r.path("primaryMetric"));
            JsonNode secondary = r.path("secondaryMetrics");
            ObjectNode into = existing.with("secondaryMetrics");
            for (Map.Entry<String, JsonNode> m : secondary.properties()) {
                if (into.has(m.getKey())) {
                    mergeMetric((ObjectNode) into.get(m.getKey()), m.getValue());
                } else {
                    into.set(m.getKey(), m.getValue().deepCopy());
                }
            }
        }
    }

    private static void mergeMetric(ObjectNode into, JsonNode from) {
        ArrayNode raw = into.withArray("rawData");
        from.path("rawData").forEach(fork -> raw.add(fork.deepCopy()));
        if (from.has("rawDataHistogram")) {
            ArrayNode histogram = into.withArray("rawDataHistogram");
            from.path("rawDataHistogram").forEach(fork -> histogram.add(fork.deepCopy()));
        }
        List<Double> all = new ArrayList<>();
        raw.forEach(fork -> fork.forEach(v -> all.add(number(v))));
        double[] values = all.stream().mapToDouble(Double::doubleValue).toArray();
        double mean = all.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double error = Double.NaN;
        if (values.length > 2) {
            double sd = Math.sqrt(all.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (values.length - 1));
            // JMH's own: Student's t at 99.9% over every iteration of every fork
            error = new TDistribution(values.length - 1).inverseCumulativeProbability(1 - 0.001 / 2) * sd
                    / Math.sqrt(values.length);
        }
        into.put("score", mean);
        if (Double.isNaN(error)) {
            into.put("scoreError", "NaN");
        } else {
            into.put("scoreError", error);
        }
        ArrayNode confidence = into.putArray("scoreConfidence");
        confidence.add(Double.isNaN(error) ? mean : mean - error);
        confidence.add(Double.isNaN(error) ? mean : mean + error);
        ObjectNode percentiles = into.putObject("scorePercentiles");
        Percentile p = new Percentile();
        for (double q : PERCENTILES) {
            percentiles.put(String.valueOf(q), q == 0.0 ? min(values) : p.evaluate(values, q));
        }
    }

    private static double min(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double number(JsonNode v) {
        return ResultsFile.number(v);
    }
}
