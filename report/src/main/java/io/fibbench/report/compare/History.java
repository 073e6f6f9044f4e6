package io.fibbench.report.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fibbench.report.BadInputException;
import io.fibbench.report.model.Measurement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run history: one JSON line per run, only ever appended to (one write per line), so a crash
 * can cost at most the line being written and never an earlier one.
 */
public final class History {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One run as the history keeps it. */
    public record Entry(String date, String label, Map<String, Double> scores, Map<String, String> flagged) {
    }

    private History() {
    }

    /** Appends a run; {@code rows} are its comparison against a baseline (verdicts to mark), or empty. */
    public static void append(Path history, Path resultsFile, List<Measurement> run, List<Row> rows) throws IOException {
        ObjectNode line = JSON.createObjectNode();
        line.put("date", OffsetDateTime.now().toString());
        line.put("label", resultsFile.getFileName().toString().replaceFirst("\\.json$", ""));
        ObjectNode scores = line.putObject("scores");
        ObjectNode units = line.putObject("units");
        for (Measurement m : run) {
            scores.put(m.key(), m.score());
            units.put(m.key(), m.unit());
        }
        ObjectNode flagged = line.putObject("flagged");
        for (Row r : rows) {
            if (r.verdict() == Verdict.SLOWER || r.verdict() == Verdict.FASTER) {
                flagged.put(r.key(), r.verdict().label());
            }
        }
        if (history.toAbsolutePath().getParent() != null) {
            Files.createDirectories(history.toAbsolutePath().getParent());
        }
        Files.write(history, (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    public static List<Entry> read(Path history) {
        List<Entry> entries = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(history, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(history + ": cannot read the history file (" + e.getMessage() + ")");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode n = JSON.readTree(lines.get(i));
                Map<String, Double> scores = new LinkedHashMap<>();
                n.path("scores").properties().forEach(e -> scores.put(e.getKey(), e.getValue().asDouble()));
                Map<String, String> flagged = new LinkedHashMap<>();
                n.path("flagged").properties().forEach(e -> flagged.put(e.getKey(), e.getValue().asText()));
                entries.add(new Entry(n.path("date").asText(), n.path("label").asText(), scores, flagged));
            } catch (IOException e) {
                throw new BadInputException(history + " line " + (i + 1) + " is not a history entry (" + e.getMessage()
                        .lines().findFirst().orElse("") + "): remove that line or start a new history file");
            }
        }
        return entries;
    }
}
