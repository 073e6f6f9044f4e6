package io.fibbench.report.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fibbench.report.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets one clear line and exit code 2, and never touches an earlier report. */
class BadInputTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int fibbench(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private void assertRejected(Path results, String expected) throws Exception {
        Path reports = dir.resolve("reports");
        assertEquals(0, fibbench("render", "--results", Fixtures.small(dir).toString(), "--out", reports.toString()));
        Path before = Files.readSymbolicLink(reports.resolve("latest"));
        err.getBuffer().setLength(0);

        assertEquals(2, fibbench("render", "--results", results.toString(), "--out", reports.toString()));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("fibbench: ") && message.contains(expected), message);
        assertEquals(before, Files.readSymbolicLink(reports.resolve("latest")), "latest moved");
        try (Stream<Path> s = Files.list(reports)) {
            assertEquals(2, s.count(), "a failed render left files behind");
        }
    }

    @Test
    void malformedJson() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[{\"jmhVersion\": \"1.37\", \"benchmark\": ");
        assertRejected(bad, "is not valid JSON");
    }

    @Test
    void emptyResults() throws Exception {
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "[]");
        assertRejected(empty, "holds no results");
    }

    @Test
    void unknownJmhVersion() throws Exception {
        Path future = dir.resolve("future.json");
        Files.writeString(future, Files.readString(Fixtures.copy("small.json", Files.createDirectories(dir.resolve("f"))))
                .replace("\"jmhVersion\" : \"1.37\"", "\"jmhVersion\" : \"2.0\"").replace("\"jmhVersion\": \"1.37\"", "\"jmhVersion\": \"2.0\""));
        assertRejected(future, "comes from JMH '2.0'");
    }

    @Test
    void aScoreThatIsNotANumberNamesTheFile() throws Exception {
        Path edited = dir.resolve("edited.json");
        Files.writeString(edited, Files.readString(Fixtures.copy("small.json", Files.createDirectories(dir.resolve("g"))))
                .replaceFirst("\"score\" ?: ?[0-9.eE-]+", "\"score\": \"fast\""));
        assertRejected(edited, edited + " result #0 (io.fibbench.bench.Overhead.noop) has a number that is not one");
    }

    @Test
    void missingFile() throws Exception {
        assertRejected(dir.resolve("nope.json"), "no such results file");
    }

    @Test
    void unknownOptionAndProfile() {
        assertEquals(2, fibbench("render", "--results", "x.json", "--bogus"));
        assertTrue(err.toString().contains("Unknown option"), err.toString());
        assertEquals(2, fibbench("run", "--profile", "fastest"));
        assertTrue(err.toString().contains("unknown profile 'fastest'"), err.toString());
    }

    @Test
    void helpListsTheCommandsAndTheDefaultCommandsOptions() {
        assertEquals(0, fibbench("--help"));
        assertTrue(out.toString().contains("render") && out.toString().contains("run"));
        assertTrue(out.toString().contains("--profile") && out.toString().contains("--variants"), out.toString());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"run", "render", "compare", "jdks"}) {
            out.getBuffer().setLength(0);
            assertEquals(0, fibbench(command, "--help"), command + " --help: " + err);
            assertTrue(out.toString().contains("Usage: fibbench " + command), out.toString());
            out.getBuffer().setLength(0);
            assertEquals(0, fibbench("help", command), "help " + command + ": " + err);
            assertTrue(out.toString().contains("Usage: fibbench " + command), out.toString());
        }
        assertFalse(err.toString().contains("Missing required"), err.toString());
    }
}
