package io.fibbench.report.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fibbench.report.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int compare(Path baseline, Path current, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("compare", "--baseline", baseline.toString(),
                "--current", current.toString()));
        args.addAll(List.of(more));
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    }

    @Test
    void identicalRunsAreUnchanged() throws Exception {
        Path a = SyntheticRuns.write(dir.resolve("a.json"), "avgt", "ns/op", 1, 0.02, 10, 50);
        assertEquals(0, compare(a, a));
        assertTrue(out.toString().contains("| unchanged |") && !out.toString().contains("**slower**"), out.toString());
    }

    @Test
    void aTightQuarterSlowdownIsARegression() throws Exception {
        Path a = SyntheticRuns.write(dir.resolve("a.json"), "avgt", "ns/op", 1, 0.02, 10, 50);
        Path b = SyntheticRuns.write(dir.resolve("b.json"), "avgt", "ns/op", 2, 0.02, 12.5, 50);
        Path md = dir.resolve("summary.md");
        assertEquals(1, compare(a, b, "--markdown", md.toString()));
        assertTrue(out.toString().contains("Overhead.noop variant=v0 jdk=25 | 10.00 ns/op | 12.50 ns/op | +25.0%"),
                out.toString());
        assertTrue(out.toString().contains("**slower**"));
        assertEquals(out.toString(), Files.readString(md));
    }

    @Test
    void aQuarterDifferenceInNoiseIsInconclusive() throws Exception {
        Path a = SyntheticRuns.write(dir.resolve("a.json"), "avgt", "ns/op", 1, 0.6, 10);
        Path b = SyntheticRuns.write(dir.resolve("b.json"), "avgt", "ns/op", 2, 0.6, 12.5);
        assertEquals(4, compare(a, b));
        assertTrue(out.toString().contains("| inconclusive |"), out.toString());
        assertTrue(out.toString().contains("Not checked in full") && !out.toString().contains("No regression"),
                out.toString());
    }

    @Test
    void oneForkASideCannotFlagAnything() throws Exception {
        Path a = SyntheticRuns.writeForks(dir.resolve("a.json"), "avgt", "ns/op", 1, 0.01, 1, 10);
        Path b = SyntheticRuns.writeForks(dir.resolve("b.json"), "avgt", "ns/op", 2, 0.01, 1, 12.5);
        assertEquals(4, compare(a, b));
        assertTrue(out.toString().contains("| inconclusive |"), out.toString());
    }

    @Test
    void manyUnchangedBenchmarksDoNotMakeNoiseARegression() throws Exception {
        double[] means = new double[40];
        java.util.Arrays.fill(means, 10);
        int alarms = 0;
        for (int seed = 0; seed < 20; seed++) {
            Path a = SyntheticRuns.write(dir.resolve("a" + seed + ".json"), "avgt", "ns/op", 2 * seed, 0.08, means);
            Path b = SyntheticRuns.write(dir.resolve("b" + seed + ".json"), "avgt", "ns/op", 2 * seed + 1, 0.08, means);
            alarms += compare(a, b) == 1 ? 1 : 0;
        }
        assertTrue(alarms <= 1, alarms + " false alarms in 20 A/A comparisons of 40 benchmarks");
    }

    /** A JDK 17 run against a JDK 25 run shares only the C floor's rows: that is not "No regression". */
    @Test
    void matchingLittleOfTheBaselineIsNotNoRegression() throws Exception {
        Path a = SyntheticRuns.write(dir.resolve("a.json"), "avgt", "ns/op", 1, 0.02, 10, 20, 30);
        Path b = SyntheticRuns.write(dir.resolve("b.json"), "avgt", "ns/op", 1, 0.02, 10);
        assertEquals(4, compare(a, b));
        assertTrue(out.toString().contains("1 of the baseline's 3 benchmarks are in the current run")
                && !out.toString().contains("No regression"), out.toString());
    }

    @Test
    void throughputIsHigherIsBetter() throws Exception {
        Path a = SyntheticRuns.write(dir.resolve("a.json"), "thrpt", "ops/us", 1, 0.02, 100);
        Path slower = SyntheticRuns.write(dir.resolve("b.json"), "thrpt", "ops/us", 2, 0.02, 75);
        Path faster = SyntheticRuns.write(dir.resolve("c.json"), "thrpt", "ops/us", 3, 0.02, 130);
        assertEquals(1, compare(a, slower));
        assertEquals(0, compare(a, faster));
        assertTrue(out.toString().contains("| faster |"), out.toString());
    }

    @Test
    void addedAndRemovedBenchmarksAreListedWithoutFailing() throws Exception {
        Path a = SyntheticRuns.write(dir.resolve("a.json"), "avgt", "ns/op", 1, 0.02, 10, 20);
        Path b = SyntheticRuns.write(dir.resolve("b.json"), "avgt", "ns/op", 1, 0.02, 10);
        assertEquals(0, compare(a, b));
        assertTrue(out.toString().contains("| removed |"), out.toString());
        assertEquals(0, compare(b, a));
        assertTrue(out.toString().contains("| added |"), out.toString());
    }

    @Test
    void normalizingByAReferenceCancelsAMachineThatIsSlowerOverall() throws Exception {
        Path a = SyntheticRuns.write(dir.resolve("a.json"), "avgt", "ns/op", 1, 0.02, 10, 50);
        Path b = SyntheticRuns.write(dir.resolve("b.json"), "avgt", "ns/op", 2, 0.02, 15, 75);
        assertEquals(1, compare(a, b));
        assertEquals(0, compare(a, b, "--normalize-by", "Overhead.noop variant=v0"));
        assertTrue(out.toString().contains("normalized by Overhead.noop variant=v0"), out.toString());
    }

    @Test
    void badInputIsExitTwoWithOneLine() throws Exception {
        Path good = SyntheticRuns.write(dir.resolve("a.json"), "avgt", "ns/op", 1, 0.02, 10);
        Path truncated = dir.resolve("t.json");
        Files.writeString(truncated, Files.readString(good).substring(0, 80));
        Path empty = dir.resolve("e.json");
        Files.writeString(empty, "");
        for (Path bad : List.of(truncated, empty, dir.resolve("missing.json"))) {
            err.getBuffer().setLength(0);
            assertEquals(2, compare(good, bad), bad.toString());
            assertEquals(1, err.toString().strip().lines().count(), err.toString());
            assertTrue(err.toString().startsWith("fibbench: "), err.toString());
        }
    }

    @Test
    void nothingInCommonIsBadInput() throws Exception {
        Path a = SyntheticRuns.write(dir.resolve("a.json"), "avgt", "ns/op", 1, 0.02, 10);
        Path b = dir.resolve("b.json");
        Files.writeString(b, Files.readString(a).replace("\"v0\"", "\"other\""));
        assertEquals(2, compare(a, b));
        assertTrue(err.toString().contains("nothing to compare"), err.toString());
    }

    @Test
    void theHistoryGrowsByOneLinePerRunAndKeepsFlags() throws Exception {
        Path a = SyntheticRuns.write(dir.resolve("a.json"), "avgt", "ns/op", 1, 0.02, 10);
        Path b = SyntheticRuns.write(dir.resolve("b.json"), "avgt", "ns/op", 2, 0.02, 13);
        Path history = dir.resolve("history.jsonl");
        compare(a, a, "--history", history.toString());
        compare(a, b, "--history", history.toString());
        List<History.Entry> entries = History.read(history);
        assertEquals(2, entries.size());
        assertTrue(entries.get(0).flagged().isEmpty());
        assertEquals("slower", entries.get(1).flagged().get("Overhead.noop variant=v0 jdk=25"));
    }
}
