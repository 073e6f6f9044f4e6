package io.fibbench.report.ab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fibbench.report.BadInputException;
import io.fibbench.report.model.Measurement;
import io.fibbench.report.model.ResultsFile;
import io.fibbench.report.run.ForkMerge;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the two sides' results files of an A/B run and pairs their forks by round. */
public final class AbAnalysis {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AbAnalysis() {
    }

    /** Every benchmark both sides measured, verdict and all. */
    public static List<Pairing.Result> analyse(Path base, Path head, double threshold, double confidence)
            throws IOException {
        Map<String, String> units = new HashMap<>();
        Set<String> higherIsBetter = new HashSet<>();
        Map<String, TreeMap<Integer, Double>> b = byRound(base, units, higherIsBetter);
        Map<String, TreeMap<Integer, Double>> h = byRound(head, units, higherIsBetter);
        return Pairing.pair(b, h, units, higherIsBetter).stream().map(r -> Pairing.of(r, threshold, confidence)).toList();
    }

    /** Benchmark key to each round's fork mean. */
    static Map<String, TreeMap<Integer, Double>> byRound(Path file, Map<String, String> units, Set<String> higherIsBetter)
            throws IOException {
        List<Measurement> measurements = ResultsFile.read(file);
        JsonNode raw = JSON.readTree(file.toFile());
        Map<String, TreeMap<Integer, Double>> out = new HashMap<>();
        for (int i = 0; i < measurements.size(); i++) {
            Measurement m = measurements.get(i);
            JsonNode rounds = raw.get(i).path(ForkMerge.ROUNDS);
            if (rounds.size() != m.forks().size()) {
                throw new BadInputException(file + ": " + m.key() + " has " + m.forks().size() + " forks but "
                        + rounds.size() + " round tags (" + ForkMerge.ROUNDS + "): not a file the ab command wrote");
            }
            TreeMap<Integer, Double> byRound = out.computeIfAbsent(m.key(), k -> new TreeMap<>());
            for (int f = 0; f < m.forks().size(); f++) {
                byRound.put(rounds.get(f).asInt(), m.forks().get(f).stream().mapToDouble(Double::doubleValue).average()
                        .orElse(Double.NaN));
            }
            units.put(m.key(), m.unit());
            if (!m.lowerIsBetter()) {
                higherIsBetter.add(m.key());
            }
        }
        return out;
    }
}
