package io.fibbench.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fibbench.report.Fixtures;
import io.fibbench.report.model.Measurement;
import io.fibbench.report.model.ResultsFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void everyChartAndTableIsWritten() throws Exception {
        Path report = ReportWriter.render(Fixtures.small(dir), dir.resolve("reports"));
        for (String chart : List.of("seed", "sweep", "overhead", "large-call", "first-call", "threads", "arrays", "callbacks",
                "jdks", "allocation")) {
            assertTrue(Files.size(report.resolve(chart + ".png")) > 5_000, chart + ".png");
            assertTrue(Files.readString(report.resolve(chart + ".svg")).contains("<svg"), chart + ".svg");
        }
        String html = Files.readString(report.resolve("index.html"));
        for (String table : List.of("seed", "findings", "cold-threads", "arrays", "callbacks", "callback-exceptions", "ease",
                "unavailable", "environment")) {
            assertTrue(html.contains("id=\"table-" + table + "\""), table);
        }
        assertTrue(!html.contains("http://") && !html.contains("https://"), "the page must not load anything external");
        assertTrue(Files.readString(report.resolve("report.md")).contains("| variant | mechanism | seconds |"));
        assertEquals(report.getFileName(), Files.readSymbolicLink(dir.resolve("reports/latest")));
    }

    /** Two reports in the same second (or racing processes) each keep a folder of their own. */
    @Test
    void rendersInTheSameSecondDoNotCollide() throws Exception {
        Path results = Fixtures.small(dir);
        Path first = ReportWriter.render(results, dir.resolve("reports"));
        Path second = ReportWriter.render(results, dir.resolve("reports"));
        Path third = ReportWriter.render(results, dir.resolve("reports"));
        assertEquals(3, java.util.Set.of(first, second, third).size());
        assertEquals(third.getFileName(), Files.readSymbolicLink(dir.resolve("reports/latest")));
        try (var left = Files.list(dir.resolve("reports"))) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
                    "scratch folders left behind");
        }
    }

    @Test
    void anOutThatIsAFileSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("out"), "x");
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> ReportWriter.render(Fixtures.small(dir), file));
        assertEquals("--out " + file + " is a file, not a folder: choose a folder", e.getMessage());
    }

    @Test
    void theSeedTableShowsTheNumbersInTheJson() throws Exception {
        Path results = Fixtures.small(dir);
        List<Measurement> ms = ResultsFile.read(results);
        Table seed = new Tables(ReportData.load(ms, results)).seed().orElseThrow();
        Measurement jni = ms.stream().filter(m -> m.scenario().equals("SeedBatch.fib") && m.variant().equals("jni"))
                .findFirst().orElseThrow();
        Measurement java = ms.stream().filter(m -> m.scenario().equals("SeedBatch.fib") && m.variant().equals("java"))
                .findFirst().orElseThrow();
        List<String> row = seed.rows().stream().filter(r -> r.get(0).equals("jni")).findFirst().orElseThrow();
        assertEquals(Format.withError(jni.score(), jni.error()), row.get(2));
        assertEquals(Format.ratio(jni.score() / java.score()), row.get(4));
        assertEquals(ms.stream().filter(m -> m.scenario().equals("SeedBatch.fib")).count(), seed.rows().size(),
                "one row per variant, the C floor included");
    }

    @Test
    void theCallbacksTableDerivesTheUpcallCostFromBothCounts() throws Exception {
        Path results = Fixtures.small(dir);
        List<Measurement> ms = ResultsFile.read(results);
        Table callbacks = new Tables(ReportData.load(ms, results)).callbacks();
        Measurement alone = find(ms, "Upcalls.each", "jni", 0);
        Measurement full = find(ms, "Upcalls.each", "jni", 64);
        List<String> row = callbacks.rows().stream().filter(r -> r.get(0).equals("jni")).findFirst().orElseThrow();
        assertEquals(Format.num((full.score() - alone.score()) / 64), row.get(3).split(" ± ")[0]);
        assertEquals("rethrown, 0 upcalls after it", row.get(5));
        assertEquals("JVM exits, 0 upcalls after it",
                callbacks.rows().stream().filter(r -> r.get(0).equals("panama")).findFirst().orElseThrow().get(5));
        assertEquals(11, callbacks.rows().size(), "ten variants and the C floor");
    }

    private static Measurement find(List<Measurement> ms, String scenario, String variant, int n) {
        return ms.stream().filter(m -> m.scenario().equals(scenario) && m.variant().equals(variant) && m.n() == n)
                .findFirst().orElseThrow();
    }

    @Test
    void unavailableVariantsAreListedWithTheirReason() throws Exception {
        Path results = Fixtures.small(dir);
        Table t = new Tables(ReportData.load(ResultsFile.read(results), results)).unavailable();
        assertTrue(t.rows().stream().anyMatch(r -> r.get(0).equals("panama") && r.get(1).equals("JDK 17")
                && r.get(2).contains("needs JDK 22+")), t.rows().toString());
    }

    @Test
    void theCsvHasOneRowPerMeasurement() throws Exception {
        Path report = ReportWriter.render(Fixtures.small(dir), dir.resolve("reports"));
        List<String> lines = Files.readAllLines(report.resolve("results.csv"), StandardCharsets.UTF_8);
        assertEquals(ResultsFile.read(dir.resolve("small.json")).size() + 1, lines.size());
        assertTrue(lines.get(0).startsWith("scenario,variant,n,threads,jdk,"));
    }

    @Test
    void aHistoryAddsTheTrendChartWithFlaggedRuns() throws Exception {
        Path results = Fixtures.small(dir);
        List<Measurement> run = ResultsFile.read(results);
        Path history = dir.resolve("history.jsonl");
        io.fibbench.report.compare.History.append(history, results, run, List.of());
        io.fibbench.report.compare.History.append(history, results, run, List.of(new io.fibbench.report.compare.Row(
                "SeedBatch.fib variant=jni n=20 jdk=25", 1, 2, "s/op", 1.0, 0.0001,
                io.fibbench.report.compare.Verdict.SLOWER)));
        Path report = ReportWriter.render(results, dir.resolve("reports"), history);
        assertTrue(Files.size(report.resolve("trend.png")) > 5_000);
        assertTrue(ReportData.load(run, results, history).history.get(1).flagged().containsKey(
                "SeedBatch.fib variant=jni n=20 jdk=25"));
    }

    @Test
    void aSecondReportKeepsTheFirst() throws Exception {
        Path results = Fixtures.small(dir);
        Path first = ReportWriter.render(results, dir.resolve("reports"));
        Path second = ReportWriter.render(results, dir.resolve("reports"));
        assertTrue(Files.isRegularFile(first.resolve("index.html")));
        assertTrue(!first.equals(second));
        assertEquals(second.getFileName(), Files.readSymbolicLink(dir.resolve("reports/latest")));
    }
}
