package io.fibbench.report.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fibbench.bench.Scenario;
import io.fibbench.report.BadInputException;
import io.fibbench.report.run.Jdk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/** Reads JMH's JSON result format (as written by JMH 1.x and by fibfloor), with errors a user can act on. */
public final class ResultsFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultsFile() {
    }

    /** The run's environment file, written beside its results: {@code <run>.env.json} for {@code <run>.json}. */
    public static Path environmentFile(Path resultsFile) {
        String name = resultsFile.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return resultsFile.resolveSibling(stem + ".env.json");
    }

    /**
     * A run writes two files beside its results: the environment and the forks set apart for contention.
     * The second is valid JMH JSON, so without this check it would pass for a run (for another machine,
     * in a cross-machine report).
     */
    private static void refuseCompanion(Path file) {
        String name = String.valueOf(file.getFileName());
        for (String suffix : List.of(".contended.json", ".env.json")) {
            if (name.endsWith(suffix)) {
                throw new BadInputException(file + " is not a results file but one written beside it ("
                        + (suffix.equals(".env.json") ? "the run's environment" : "the forks set apart as contended")
                        + "): pass " + file.resolveSibling(name.substring(0, name.length() - suffix.length()) + ".json"));
            }
        }
    }

    public static List<Measurement> read(Path file) {
        refuseCompanion(file);
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such results file (run the suite first, or pass the path of a JMH JSON file)");
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + " is not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + "): is it truncated? Re-run the suite or pass another results file", e);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isArray()) {
            throw new BadInputException(file + " is not a JMH JSON results file: expected a JSON array of results (JMH -rf json)");
        }
        if (root.isEmpty()) {
            throw new BadInputException(file + " holds no results: the run measured nothing");
        }
        List<Measurement> out = new ArrayList<>();
        int index = 0;
        for (JsonNode r : root) {
            try {
                out.add(parse(file, index, r));
            } catch (NumberFormatException e) {
                throw new BadInputException(file + " result #" + index + " (" + r.path("benchmark").asText("?")
                        + ") has a number that is not one (" + e.getMessage() + "): the file was edited or damaged; "
                        + "re-run the suite or pass another results file", e);
            }
            index++;
        }
        return out;
    }

    private static Measurement parse(Path file, int index, JsonNode r) {
        String where = file + " result #" + index;
        String version = r.path("jmhVersion").asText("");
        if (!version.startsWith("1.")) {
            throw new BadInputException(where + " comes from JMH '" + version + "', this report reads JMH 1.x JSON"
                    + (version.isEmpty() ? " (no jmhVersion field: is this a JMH results file?)" : ""));
        }
        String benchmark = required(r, "benchmark", where).asText();
        JsonNode pm = required(r, "primaryMetric", where);
        double score = number(required(pm, "score", where));
        String unit = required(pm, "scoreUnit", where).asText();
        int dot = benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1);
        String scenario = benchmark.substring(dot + 1);
        JsonNode params = r.path("params");
        String variant = params.path("variant").asText("");
        if (variant.isEmpty()) {
            throw new BadInputException(where + " (" + benchmark + ") has no 'variant' parameter: not a fibbench result");
        }
        // n: the work per call, under the name the registry gives it ("count" for arrays and upcalls, "length" for strings)
        String sizeName = Scenario.of(benchmark).map(Scenario::param).orElse(params.has("n") ? "n" : "count");
        JsonNode size = sizeName == null ? null : params.get(sizeName);
        Integer n = size == null ? null : Integer.valueOf(size.asText());
        String jdkVersion = r.path("jdkVersion").asText("");
        // -1, not 0, for a Java result without a readable version: 0 means the C floor
        int jdk = Measurement.C_FLOOR.equals(variant) ? 0 : Jdk.feature(jdkVersion) > 0 ? Jdk.feature(jdkVersion) : -1;
        List<List<Double>> forks = new ArrayList<>();
        for (JsonNode fork : pm.path("rawData")) {
            List<Double> values = new ArrayList<>();
            fork.forEach(v -> values.add(number(v)));
            forks.add(values);
        }
        double allocation = Double.NaN;
        for (Map.Entry<String, JsonNode> e : r.path("secondaryMetrics").properties()) {
            if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                allocation = number(e.getValue().path("score"));
            }
        }
        double error = forks.size() >= 2 ? acrossForks(forks) : number(pm.path("scoreError"));
        return new Measurement(benchmark, scenario, r.path("mode").asText(), variant, n, jdk, jdkVersion,
                score, error, unit, forks, allocation, r.path("threads").asInt(1));
    }

    /**
     * The half-width of the 99% interval of the mean over fork means (Student's t, forks - 1 degrees
     * of freedom): forks are the independent samples; iterations inside one fork share its JIT's
     * decisions and its stretch of machine time, so pooling them claims a precision there is not.
     */
    public static double acrossForks(List<List<Double>> forks) {
        double[] means = forks.stream().mapToDouble(f -> f.stream().mapToDouble(Double::doubleValue).average()
                .orElse(Double.NaN)).toArray();
        double sd = Math.sqrt(StatUtils.variance(means));
        return tQuantile(means.length) * sd / Math.sqrt(means.length);
    }

    /** Student's t at the intervals' confidence (1 - {@link Measurement#ALPHA}) for {@code forks} fork means. */
    public static double tQuantile(int forks) {
        return new TDistribution(forks - 1).inverseCumulativeProbability(1 - Measurement.ALPHA / 2);
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new BadInputException(where + " has no '" + field + "': not a JMH result, or a truncated one");
        }
        return v;
    }

    /** A JMH number: JMH writes NaN as the string "NaN". */
    public static double number(JsonNode v) {
        if (v.isNumber()) {
            return v.asDouble();
        }
        String s = v.asText("");
        return s.equalsIgnoreCase("nan") || s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }
}
