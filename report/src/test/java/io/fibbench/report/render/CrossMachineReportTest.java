package io.fibbench.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.fibbench.report.BadInputException;
import io.fibbench.report.Fixtures;
import io.fibbench.report.model.Measurement;
import io.fibbench.report.model.ResultsFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs of this machine's fixture, the second dressed as a Neoverse-N1 whose every Java-side number
 * is {@link Fixtures#NEOVERSE_SCALE} times the first's (and whose C floor is the same): so each of its
 * ratios to the floor is that much larger, and the figures below can be worked out by hand.
 */
class CrossMachineReportTest {

    @TempDir
    Path dir;

    private List<Machine> twoMachines() throws Exception {
        return Machine.load(List.of(Fixtures.small(dir), Fixtures.neoverse(dir)));
    }

    private static List<String> row(Table t, String call, String variant) {
        return t.rows().stream().filter(r -> r.get(0).equals(call) && r.get(1).equals(variant)).findFirst().orElseThrow();
    }

    @Test
    void eachRatioIsOverItsOwnMachinesFloor() throws Exception {
        CrossMachine x = CrossMachine.of(twoMachines());
        assertEquals(List.of("noop()", "fib(92)"), x.calls().stream().map(CrossMachine.Call::label).toList());
        assertTrue(x.commonJdk());
        assertEquals(25, x.jdk(1));
        for (CrossMachine.Row r : x.rows()) {
            FloorRatio here = r.entries().get(0).ratio().orElseThrow();
            FloorRatio there = r.entries().get(1).ratio().orElseThrow();
            assertEquals(Fixtures.NEOVERSE_SCALE * here.value(), there.value(), 1e-9 * there.value(), r.toString());
            assertEquals(Fixtures.NEOVERSE_SCALE * here.low(), there.low(), 1e-9 * there.value(), r.toString());
            assertEquals(Fixtures.NEOVERSE_SCALE * here.high(), there.high(), 1e-9 * there.value(), r.toString());
        }
    }

    @Test
    void theTableGivesEachRatioWithItsRangeAndClaimsOnlyWhatTheRangesSupport() throws Exception {
        Table t = CrossMachineTable.of(CrossMachine.of(twoMachines()));
        assertEquals(List.of("call", "variant", "machine 1: AMD EPYC · Linux amd64 · JDK 17, 25",
                "machine 2: Neoverse-N1 · Linux aarch64 · JDK 25", "across machines"), t.header());
        // jni's noop: 8.48 ± 1.08 ns over the floor's 2.079 ± 0.071 ns, here; 1.5 times the cost there
        assertEquals(List.of("noop()", "jni", "4.08× [3.44, 4.76]", "6.12× [5.16, 7.15]",
                "lower on machine 1 (ranges apart)"), row(t, "noop()", "jni"));
        // pure Java's noop: 0.140 to 0.234 here, 0.210 to 0.351 there: the ranges overlap
        assertEquals(List.of("noop()", "java", "0.185× [0.140, 0.234]", "0.278× [0.210, 0.351]", "not told apart"),
                row(t, "noop()", "java"));
        // an interval wider than its score: the cost's lower bound stops at zero
        assertEquals(List.of("fib(92)", "jna-interface", "9.69× [0.00, 33.3]", "14.5× [0.00, 49.9]", "not told apart"),
                row(t, "fib(92)", "jna-interface"));
        assertEquals(List.of("fib(92)", "c (the floor)", "1× = 25.4 ± 1.54 ns/op", "1× = 25.4 ± 1.54 ns/op", "-"),
                row(t, "fib(92)", "c (the floor)"));
        assertTrue(t.note().contains("Read on JDK 25 on every machine"), t.note());
    }

    @Test
    void withThreeMachinesTheLowestIsNamedWithWhichRangesItIsApartFrom() throws Exception {
        Path small = Fixtures.small(dir);
        Path again = Files.copy(small, Files.createDirectories(dir.resolve("again")).resolve("again.json"));
        Table t = CrossMachineTable.of(CrossMachine.of(Machine.load(List.of(small, Fixtures.neoverse(dir), again))));
        assertEquals("again.json", t.header().get(4).replace("machine 3: ", ""), "no environment file: the file's name");
        assertEquals("lowest on machine 1; ranges apart from machine 2; not told apart from machine 3",
                row(t, "noop()", "jni").get(5));
        assertEquals("lowest on machine 1, not told apart from the others", row(t, "noop()", "java").get(5));
    }

    @Test
    void aMachineWithoutAFloorSaysSoInsteadOfARatio() throws Exception {
        Path small = Fixtures.small(dir);
        Path neoverse = Fixtures.neoverse(dir);
        List<Measurement> withoutNoopFloor = ResultsFile.read(neoverse).stream()
                .filter(m -> !(m.isFloor() && m.scenario().equals("Overhead.noop"))).toList();
        List<Machine> machines = List.of(new Machine("here", small, ReportData.load(ResultsFile.read(small), small)),
                new Machine("there", neoverse, ReportData.load(withoutNoopFloor, neoverse)));
        CrossMachine x = CrossMachine.of(machines);
        Table t = CrossMachineTable.of(x);
        assertEquals(List.of("noop()", "jni", "4.08× [3.44, 4.76]", "no C floor", "-"), row(t, "noop()", "jni"));
        assertEquals("no C floor", row(t, "noop()", "c (the floor)").get(3));
        assertTrue(row(t, "fib(92)", "jni").get(3).startsWith("1.62× ["), "the other call keeps its floor");
        assertTrue(CsvFile.crossMachine(x).contains("noop(),Overhead.noop,,jni,there,25,12.72"), "cost without a ratio");
        assertTrue(io.fibbench.report.render.charts.FloorRatioChart.create(x).isPresent());
    }

    @Test
    void theReportHasTheCrossMachineTableAndChartThenASectionPerMachine() throws Exception {
        Path report = ReportWriter.render(List.of(Fixtures.small(dir), Fixtures.neoverse(dir)), dir.resolve("reports"), null);
        String html = Files.readString(report.resolve("index.html"));
        assertTrue(Files.size(report.resolve("cross-machine.png")) > 5_000);
        assertTrue(html.contains("id=\"table-cross-machine\""));
        assertTrue(html.contains("<h2 id=\"section-machine-1\">Machine 1: AMD EPYC · Linux amd64 · JDK 17, 25</h2>"), html);
        assertTrue(html.contains("<h2 id=\"section-machine-2\">Machine 2: Neoverse-N1 · Linux aarch64 · JDK 25</h2>"));
        for (String table : List.of("environment", "seed", "findings", "precision", "unavailable")) {
            assertTrue(html.contains("<h3 id=\"table-machine-1-" + table + "\">"), table);
            assertTrue(html.contains("<h3 id=\"table-machine-2-" + table + "\">"), table);
        }
        assertTrue(html.indexOf("<td>cpu</td><td>Neoverse-N1</td>") > html.indexOf("section-machine-2"), "machine 2's own environment");
        assertTrue(html.indexOf("<td>cores</td><td>4</td>") > html.indexOf("section-machine-2"), "machine 2's cores");
        // machine 2 measured only noop, the sweep and the seed: its other tables say so, as a single report's would
        assertTrue(html.contains("<h3 id=\"table-machine-2-arrays\">Passing arrays</h3>\n<p class=\"note\">Not measured"));
        // what the bindings' tests know is shown once
        assertEquals(1, count(html, "id=\"table-ease\""));
        assertFalse(html.contains("table-machine-1-ease"));

        String md = Files.readString(report.resolve("report.md"));
        assertTrue(md.contains("## Across machines: each call over its machine's C floor"));
        assertTrue(md.contains("| noop() | jni | 4.08× [3.44, 4.76] | 6.12× [5.16, 7.15] | lower on machine 1"), md);
        assertTrue(md.contains("## Machine 2: Neoverse-N1 · Linux aarch64 · JDK 25\n"));
        assertTrue(md.contains("### Environment"));

        List<String> csv = Files.readAllLines(report.resolve("machines.csv"), StandardCharsets.UTF_8);
        assertEquals("call,scenario,n,variant,machine,jdk,score,error,unit,floor_score,floor_error,ratio,ratio_low,ratio_high",
                csv.get(0));
        assertEquals(1 + 2 * 2 * 10, csv.size(), "two calls, ten variants, two machines");
        String jni = csv.stream().filter(l -> l.startsWith("noop(),Overhead.noop,,jni,Neoverse")).findFirst().orElseThrow();
        assertEquals(6.118766888, Double.parseDouble(jni.split(",")[11]), 1e-8);
        List<String> results = Files.readAllLines(report.resolve("results.csv"), StandardCharsets.UTF_8);
        assertTrue(results.get(0).startsWith("machine,scenario,variant,"));
        assertEquals(1 + ResultsFile.read(dir.resolve("small.json")).size() + ResultsFile.read(dir.resolve("neoverse.json")).size(),
                results.size());
        assertTrue(Files.isRegularFile(report.resolve("machine-2.env.json")));
    }

    @Test
    void oneResultsFileIsTheSingleMachineReport() throws Exception {
        Path results = Fixtures.small(dir);
        Path one = ReportWriter.render(List.of(results), dir.resolve("a"), null);
        Path single = ReportWriter.render(results, dir.resolve("b"));
        assertEquals(Files.readString(single.resolve("report.md")), Files.readString(one.resolve("report.md")));
        assertEquals(Files.readString(single.resolve("results.csv")), Files.readString(one.resolve("results.csv")));
        assertFalse(Files.exists(one.resolve("machines.csv")));
    }

    @Test
    void runsOfOneMachineAreToldApartByTheirFiles() throws Exception {
        Path a = Fixtures.small(dir);
        Path other = Files.createDirectories(dir.resolve("other"));
        Path b = Files.copy(a, other.resolve("later.json"));
        Files.copy(dir.resolve("small.env.json"), other.resolve("later.env.json"));
        Path bare = Files.copy(a, other.resolve("bare.json"));
        assertEquals(List.of("AMD EPYC · Linux amd64 · JDK 17, 25 (small.json)", "AMD EPYC · Linux amd64 · JDK 17, 25 (later.json)",
                "bare.json"), Machine.load(List.of(a, b, bare)).stream().map(Machine::name).toList());
    }

    @Test
    void theSameFileTwiceIsRefused() throws Exception {
        Path a = Fixtures.small(dir);
        BadInputException e = assertThrows(BadInputException.class,
                () -> Machine.load(List.of(a, dir.resolve(".").resolve("small.json"))));
        assertTrue(e.getMessage().contains("is given twice"), e.getMessage());
    }

    @Test
    void aHistoryBelongsToOneMachine() throws Exception {
        BadInputException e = assertThrows(BadInputException.class, () -> ReportWriter.render(
                List.of(Fixtures.small(dir), Fixtures.neoverse(dir)), dir.resolve("reports"), dir.resolve("history.jsonl")));
        assertTrue(e.getMessage().startsWith("--history draws one machine's trend"), e.getMessage());
    }

    @Test
    void theOsLosesItsKernelVersionButKeepsItsArchitecture() {
        assertEquals("Linux aarch64", MachineNames.osAndArch("Linux 6.1.0-28-arm64 aarch64"));
        assertEquals("Mac OS X aarch64", MachineNames.osAndArch("Mac OS X 14.5 aarch64"));
        assertEquals("Windows amd64", MachineNames.osAndArch("Windows 11 10.0 amd64"));
    }

    private static int count(String text, String what) {
        return (int) Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }

    /** Machines that ran different profiles share fewer sizes: fib is compared at the largest both measured. */
    @Test
    void fibIsComparedAtTheLargestSizeEveryMachineMeasured() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ArrayNode rows = (ArrayNode) json.readTree(Fixtures.neoverse(dir).toFile());
        // The other machine measured no binding at fib(92), only its C floor there.
        for (int i = rows.size() - 1; i >= 0; i--) {
            JsonNode params = rows.get(i).path("params");
            if (rows.get(i).path("benchmark").asText().endsWith("Sweep.fib") && params.path("n").asText().equals("92")
                    && !params.path("variant").asText().equals(Measurement.C_FLOOR)) {
                rows.remove(i);
            }
        }
        Path quick = dir.resolve("other.json");
        json.writeValue(quick.toFile(), rows);
        CrossMachine x = CrossMachine.of(Machine.load(List.of(Fixtures.small(dir), quick)));
        List<String> labels = x.calls().stream().map(CrossMachine.Call::label).toList();
        assertEquals(2, labels.size(), labels.toString());
        assertTrue(labels.get(1).startsWith("fib(") && !labels.get(1).equals("fib(92)"), labels.toString());
        assertTrue(x.rows().stream().filter(r -> r.call().label().equals(labels.get(1)))
                .allMatch(r -> r.entries().get(1).ratio().isPresent()), "both machines measured it");
    }
}
