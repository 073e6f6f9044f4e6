package io.fibbench.report.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fibbench.report.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** render with one --results per machine: a bad file is named in one line, exit code 2, and nothing is written. */
class CrossMachineInputTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int render(Path... results) {
        String[] args = new String[2 * results.length + 3];
        args[0] = "render";
        for (int i = 0; i < results.length; i++) {
            args[1 + 2 * i] = "--results";
            args[2 + 2 * i] = results[i].toString();
        }
        args[args.length - 2] = "--out";
        args[args.length - 1] = dir.resolve("reports").toString();
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private void assertRejected(String expected, Path... results) {
        assertEquals(2, render(results));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("fibbench: ") && message.contains(expected), message);
        assertFalse(Files.exists(dir.resolve("reports")) && dir.resolve("reports").toFile().list().length > 0,
                "a refused render wrote a report");
    }

    @Test
    void twoMachinesMakeOneReport() throws Exception {
        assertEquals(0, render(Fixtures.small(dir), Fixtures.neoverse(dir)), err.toString());
        assertTrue(Files.isRegularFile(dir.resolve("reports/latest/machines.csv")));
    }

    @Test
    void aMissingSecondFileIsNamed() throws Exception {
        Path missing = dir.resolve("elsewhere.json");
        assertRejected(missing + ": no such results file", Fixtures.small(dir), missing);
    }

    @Test
    void aMalformedSecondFileIsNamed() throws Exception {
        Path bad = Files.writeString(dir.resolve("cut.json"), "[{\"jmhVersion\": \"1.37\", \"benchmark\": ");
        assertRejected(bad + " is not valid JSON", Fixtures.small(dir), bad);
    }

    @Test
    void theSameFileTwiceIsRefused() throws Exception {
        Path small = Fixtures.small(dir);
        assertRejected("--results " + small + " is given twice", small, small);
    }

    @Test
    void aFileWrittenBesideTheResultsIsNotAnotherMachine() throws Exception {
        Path small = Fixtures.small(dir);
        Path contended = Files.copy(small, dir.resolve("20261201-000000-quick.contended.json"));
        assertRejected(contended + " is not a results file but one written beside it (the forks set apart as contended): pass "
                + dir.resolve("20261201-000000-quick.json"), small, contended);
    }
}
