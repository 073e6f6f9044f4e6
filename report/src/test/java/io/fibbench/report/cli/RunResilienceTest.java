package io.fibbench.report.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fibbench.report.model.Measurement;
import io.fibbench.report.model.ResultsFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run checks what it can before measuring, keeps every measurement on disk as it is made, survives
 * being stopped, and finishes with --resume. Real runs of the seconds-long smoke profile.
 */
class RunResilienceTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int fibbench(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aResultsFolderThatIsAFileIsRefusedBeforeMeasuring() throws Exception {
        Path file = Files.writeString(dir.resolve("results"), "not a folder");
        long start = System.nanoTime();
        assertEquals(3, fibbench("run", "--profile", "smoke", "--results", file.toString(), "--no-report"));
        assertTrue(err.toString().contains("--results " + file + " is a file, not a folder"), err.toString());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "it measured first");
    }

    @Test
    void anOutFolderThatCannotBeMadeIsRefusedBeforeMeasuring() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertEquals(3, fibbench("run", "--profile", "smoke", "--results", dir.resolve("r").toString(),
                "--out", file.resolve("reports").toString()));
        assertTrue(err.toString().contains("cannot write into --out " + file.resolve("reports")), err.toString());
        assertFalse(Files.exists(dir.resolve("r")) && Files.list(dir.resolve("r")).findAny().isPresent(),
                "results were written before the check");
    }

    @Test
    void aLibraryOverrideThatDoesNotLoadIsRefusedBeforeMeasuring() {
        System.setProperty("fibbench.lib", "/nonexistent/libfib.so");
        try {
            assertEquals(2, fibbench("run", "--profile", "smoke", "--results", dir.toString(), "--no-report"));
        } finally {
            System.clearProperty("fibbench.lib");
        }
        assertTrue(err.toString().contains("-Dfibbench.lib=/nonexistent/libfib.so is not usable: "
                + io.fibbench.nativelib.NativePlatform.library("fib") + " not found at /nonexistent/libfib.so"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void anInjectedSlowdownForAnUnknownVariantIsRefused() {
        assertEquals(2, fibbench("run", "--profile", "smoke", "--results", dir.toString(), "--no-report",
                "--inject-slowdown", "foo:20"));
        assertTrue(err.toString().contains("--inject-slowdown names unknown variant 'foo'"), err.toString());
    }

    /** The README lists c among the variants: asking for it is fine (it always runs). */
    @Test
    void theFloorCanBeNamed() throws Exception {
        assertEquals(0, fibbench("run", "--profile", "smoke", "--variants", "c", "--results", dir.toString(),
                "--no-report"), err.toString());
        Path results = resultsIn(dir);
        List<String> variants = ResultsFile.read(results).stream().map(Measurement::variant).distinct().toList();
        assertEquals(List.of("c", "java"), variants.stream().sorted().toList());
    }

    /**
     * Stopped (SIGTERM, as Ctrl-C or a CI timeout does) after its first measurement, a run leaves a valid
     * results file, says how to go on, and removes its scratch folder; --resume then measures only what
     * is missing and writes the report.
     */
    @Test
    void anInterruptedRunKeepsItsMeasurementsAndResumes() throws Exception {
        Path results = dir.resolve("results");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-Djava.awt.headless=true", "-cp", classPath, Main.class.getName(),
                "run", "--profile", "smoke", "--variants", "jni,jna-direct", "--results", results.toString(), "--no-report"));
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (measuredForks(results) < 2 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(child.isAlive(), "the run ended before it could be stopped:\n" + Files.readString(log));
            child.destroy();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the run did not stop");
        } finally {
            child.destroyForcibly();
        }
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        Path file = resultsIn(results);
        int before = ResultsFile.read(file).size();
        assertTrue(before >= 2 && before < 8, "what the stopped run kept: " + before + " results\n" + printed);
        assertTrue(printed.contains("fibbench: interrupted; what was measured is in " + file), printed);
        assertFalse(new ObjectMapper().readTree(ResultsFile.environmentFile(file).toFile()).path("complete").asBoolean());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("fibbench-jmh-")).toList(),
                    "the scratch folder outlived the run");
        }

        assertEquals(0, fibbench("run", "--resume", file.toString(), "--out", dir.resolve("reports").toString()),
                err.toString());
        List<Measurement> all = ResultsFile.read(file);
        for (String variant : List.of("java", "jni", "jna-direct")) {
            Measurement noop = all.stream().filter(m -> m.scenario().equals("Overhead.noop") && m.variant().equals(variant))
                    .findFirst().orElseThrow(() -> new AssertionError("no noop for " + variant + " after --resume"));
            assertEquals(1, noop.forks().size(), variant + " measured twice");
        }
        assertTrue(new ObjectMapper().readTree(ResultsFile.environmentFile(file).toFile()).path("complete").asBoolean());
        assertTrue(Files.exists(dir.resolve("reports/latest/index.html")));
    }

    private static int measuredForks(Path results) {
        try (Stream<Path> files = Files.list(results)) {
            Path file = files.filter(p -> p.toString().endsWith(".json") && !p.toString().matches(".*\\.(env|contended)\\.json")
                    && !p.getFileName().toString().startsWith(".")).findFirst().orElse(null);
            if (file == null) {
                return 0;
            }
            int n = 0;
            for (JsonNode r : new ObjectMapper().readTree(file.toFile())) {
                n += r.path("params").path("variant").asText().equals("c") ? 0 : 1;
            }
            return n;
        } catch (Exception e) {
            return 0; // not there yet
        }
    }

    private static Path resultsIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.toString().matches(".*\\.(env|contended)\\.json")
                    && !p.getFileName().toString().startsWith(".")).findFirst().orElseThrow();
        }
    }
}
