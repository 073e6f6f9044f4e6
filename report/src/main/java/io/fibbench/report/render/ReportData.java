package io.fibbench.report.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fibbench.ClaimTable;
import io.fibbench.VariantInfo;
import io.fibbench.bench.Scenario;
import io.fibbench.report.BadInputException;
import io.fibbench.report.compare.History;
import io.fibbench.report.model.Measurement;
import io.fibbench.report.model.ResultsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Everything a report is drawn from: the measurements, the run's environment (when its .env.json
 * is beside the results), and what the build knows about each variant.
 */
public final class ReportData {

    public final List<Measurement> measurements;
    /** The run's environment, or an empty object when the file is absent. */
    public final JsonNode environment;
    /** Every variant described on the class path (the C floor included), in report order. */
    public final List<VariantInfo> variantInfo;
    /** wrong-signature.csv rows, by mechanism. */
    public final Map<String, Map<String, String>> wrongSignature;
    /** callback-exception.csv rows, by variant id (a row names several). */
    public final Map<String, Map<String, String>> callbackException;
    /** errno.csv rows, by variant id (a row names several). */
    public final Map<String, Map<String, String>> errno;
    /** structs.csv rows, by variant id. */
    public final Map<String, Map<String, String>> structs;
    /** strings.csv rows, by variant id. */
    public final Map<String, Map<String, String>> strings;
    /** many-arguments.csv rows, by variant id. */
    public final Map<String, Map<String, String>> manyArguments;
    /** Earlier runs, oldest first, when a history file was given; else empty. */
    public final List<History.Entry> history;

    ReportData(List<Measurement> measurements, JsonNode environment, List<History.Entry> history) {
        this.measurements = measurements;
        this.history = history;
        this.environment = environment;
        this.variantInfo = VariantInfo.all();
        this.wrongSignature = byKey(ClaimTable.read(ClaimTable.WRONG_SIGNATURE), "mechanism");
        this.callbackException = byVariant(ClaimTable.CALLBACK_EXCEPTION);
        this.errno = byVariant(ClaimTable.ERRNO);
        this.manyArguments = byVariant(ClaimTable.MANY_ARGUMENTS);
        this.strings = byVariant(ClaimTable.STRINGS);
        this.structs = byVariant(ClaimTable.STRUCTS);
    }

    /** A claims table whose first column, "variants", names one or more variants per row: by each of them. */
    private static Map<String, Map<String, String>> byVariant(String table) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        byKey(ClaimTable.read(table), "variants").forEach((ids, row) -> {
            for (String id : ids.split(" ")) {
                rows.put(id, row);
            }
        });
        return rows;
    }

    static ReportData load(List<Measurement> measurements, Path resultsFile) {
        return load(measurements, resultsFile, null);
    }

    static ReportData load(List<Measurement> measurements, Path resultsFile, Path historyFile) {
        Path env = ResultsFile.environmentFile(resultsFile);
        JsonNode node = new ObjectMapper().createObjectNode();
        if (Files.isRegularFile(env)) {
            try {
                node = new ObjectMapper().readTree(env.toFile());
            } catch (IOException e) {
                throw new BadInputException(env + " is not valid JSON (" + e.getMessage().lines().findFirst().orElse("")
                        + "): delete it to render without the environment, or re-run the suite");
            }
        }
        return new ReportData(measurements, node, historyFile == null ? List.of() : History.read(historyFile));
    }

    /** The JDK most charts show: the newest one measured. */
    public int primaryJdk() {
        return measurements.stream().mapToInt(Measurement::jdk).max().orElse(0);
    }

    public List<Integer> jdks() {
        return new ArrayList<>(new TreeSet<>(measurements.stream().map(Measurement::jdk).filter(j -> j > 0).toList()));
    }

    /** The result for a scenario, variant and n on a JDK (the C floor matches any JDK). */
    public Optional<Measurement> find(Scenario scenario, String variant, Integer n, int jdk) {
        return measurements.stream()
                .filter(m -> m.scenario().equals(scenario.id()) && m.variant().equals(variant) && Objects.equals(m.n(), n)
                        && (m.isFloor() || m.jdk() == jdk))
                .findFirst();
    }

    /** Variants measured in a scenario on a JDK (floor included), in report order; undescribed ones last. */
    public List<String> variants(Scenario scenario, int jdk) {
        List<String> order = variantIds();
        return measurements.stream()
                .filter(m -> m.scenario().equals(scenario.id()) && (m.isFloor() || m.jdk() == jdk))
                .map(Measurement::variant)
                .distinct()
                .sorted(Comparator.comparingInt(v -> order.contains(v) ? order.indexOf(v) : order.size()))
                .toList();
    }

    /** The n values measured in a scenario, ascending. */
    public List<Integer> ns(Scenario scenario) {
        return new ArrayList<>(new TreeSet<>(measurements.stream()
                .filter(m -> m.scenario().equals(scenario.id()) && m.n() != null).map(Measurement::n).toList()));
    }

    /** The described variants' ids, in report order. */
    public List<String> variantIds() {
        return variantInfo.stream().map(VariantInfo::id).toList();
    }

    /** The variant's mechanism, "?" for a variant without a description (a result from another build). */
    public String mechanism(String variant) {
        return VariantInfo.find(variant).map(VariantInfo::mechanism).orElse("?");
    }

    private static Map<String, Map<String, String>> byKey(List<Map<String, String>> rows, String column) {
        Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.put(row.get(column), row));
        return byKey;
    }
}
