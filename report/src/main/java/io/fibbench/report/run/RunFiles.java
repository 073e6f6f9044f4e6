package io.fibbench.report.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.fibbench.report.BadInputException;
import io.fibbench.report.model.ResultsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * A run's two files, rewritten whole (and atomically) after every measurement, so that at any moment
 * the results file is valid JMH JSON holding everything measured so far: a run that is interrupted
 * leaves a file that render reads and run --resume completes. The environment file says whether the
 * run finished ("complete").
 */
public final class RunFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path resultsFile;
    private final ArrayNode results;
    private final ArrayNode contended;

    private RunFiles(Path resultsFile, ArrayNode results, ArrayNode contended) {
        this.resultsFile = resultsFile;
        this.results = results;
        this.contended = contended;
    }

    /** A new run's files, named by the time and profile (never an earlier run's name). */
    static RunFiles create(Path dir, Profile profile) {
        String stem = stamp() + "-" + profile.id();
        Path file = dir.resolve(stem + ".json");
        for (int i = 2; Files.exists(file); i++) {
            file = dir.resolve(stem + "-" + i + ".json");
        }
        return new RunFiles(file, JSON.createArrayNode(), JSON.createArrayNode());
    }

    /** The time a run's files are named by. */
    public static String stamp() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    }

    /** An earlier run's files, to go on with: what they hold is kept, and added to. */
    static RunFiles resume(Path resultsFile) throws IOException {
        ResultsFile.read(resultsFile); // the same checks and messages as render's
        recordedEnvironment(resultsFile);
        Path contended = contendedFile(resultsFile);
        return new RunFiles(resultsFile, (ArrayNode) JSON.readTree(resultsFile.toFile()),
                Files.isRegularFile(contended) ? (ArrayNode) JSON.readTree(contended.toFile()) : JSON.createArrayNode());
    }

    /** The request an earlier run recorded, for --resume. */
    public static JsonNode recordedRequest(Path resultsFile) throws IOException {
        JsonNode request = recordedEnvironment(resultsFile).path("request");
        if (request.isMissingNode()) {
            throw new BadInputException(ResultsFile.environmentFile(resultsFile) + " records no request (written by an "
                    + "older fibbench): it cannot be resumed; render it as it is, or run again");
        }
        return request;
    }

    /** The environment file an earlier run wrote beside its results. */
    static JsonNode recordedEnvironment(Path resultsFile) throws IOException {
        Path env = ResultsFile.environmentFile(resultsFile);
        if (!Files.isRegularFile(env)) {
            throw new BadInputException(env + " is missing: run --resume needs the environment file its run wrote beside "
                    + "the results, to know what the run was to measure");
        }
        return JSON.readTree(env.toFile());
    }

    ArrayNode results() {
        return results;
    }

    Path resultsFile() {
        return resultsFile;
    }

    Path environmentFile() {
        return ResultsFile.environmentFile(resultsFile);
    }

    /**
     * The forks measured while the CPU probe found the CPU contended, and measured again: kept in a file
     * of their own (JMH JSON too), out of the results but never thrown away.
     */
    ArrayNode contended() {
        return contended;
    }

    static Path contendedFile(Path resultsFile) {
        String name = resultsFile.getFileName().toString();
        return resultsFile.resolveSibling(name.replaceFirst("\\.json$", "") + ".contended.json");
    }

    void writeContended() throws IOException {
        AtomicFiles.write(contendedFile(resultsFile), JSON.writeValueAsBytes(contended));
    }

    void writeResults() throws IOException {
        AtomicFiles.write(resultsFile, JSON.writeValueAsBytes(results));
    }

    void writeEnvironment(Map<String, Object> env, boolean complete) throws IOException {
        env.put("complete", complete);
        AtomicFiles.write(environmentFile(), JSON.writeValueAsBytes(env));
    }
}
