package io.fibbench.report.render;

import io.fibbench.report.render.charts.FloorRatioChart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a report of several machines' runs writes: the cross-machine chart and table first, then a
 * section per machine with the tables its own report has, then the tables that are the same everywhere.
 */
final class CrossMachineReport {

    static final String INTRO = "The suite's results from several machines, side by side. Absolute times mostly say "
            + "which CPU is faster; what a way to call C costs over the same call made from C on the same machine (its "
            + "C floor) is what compares across machines, so the chart and the first table show that, with ranges that "
            + "carry both measurements' intervals. Each machine's own tables follow, as its single-machine report has "
            + "them, then the tables known from the bindings' tests, which do not depend on the machine.";

    private CrossMachineReport() {
    }

    static String title(int machines) {
        return ReportWriter.TITLE + ", on " + machines + " machines";
    }

    static void write(List<Machine> machines, Path dir) throws IOException {
        CrossMachine x = CrossMachine.of(machines);
        List<RenderedChart> charts = List.of(ReportWriter.save(dir, FloorRatioChart.NAME, FloorRatioChart.caption(),
                FloorRatioChart.create(x), "No machine measured a headline call together with its C floor."));
        List<Table> tables = List.of(CrossMachineTable.of(x));
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < machines.size(); i++) {
            sections.add(section(i, machines.get(i)));
        }
        sections.add(new Section("same-everywhere", "The same on every machine",
                "Known from each backend's tests on the class path this report was rendered with, not measured.",
                new Tables(machines.get(0).data()).all().stream()
                        .filter(t -> Tables.SAME_ON_EVERY_MACHINE.contains(t.id())).toList()));
        String title = title(machines.size());
        Files.writeString(dir.resolve("index.html"), HtmlPage.render(title, INTRO, charts, tables, sections),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.md"), MarkdownPage.render(title, INTRO, charts, tables, sections),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("results.csv"), CsvFile.byMachine(machines), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("machines.csv"), CsvFile.crossMachine(x), StandardCharsets.UTF_8);
        for (int i = 0; i < machines.size(); i++) {
            String stem = CrossMachine.label(i).replace(' ', '-');
            ReportWriter.copyInputs(machines.get(i).results(), dir, stem + ".json", stem + ".env.json");
        }
    }

    /**
     * One machine's tables, the environment first (it says which machine this is), each table's id
     * prefixed so that the page's anchors stay unique.
     */
    private static Section section(int i, Machine machine) {
        String id = CrossMachine.label(i).replace(' ', '-');
        List<Table> tables = new ArrayList<>();
        for (Table t : new Tables(machine.data()).all()) {
            if (Tables.SAME_ON_EVERY_MACHINE.contains(t.id())) {
                continue;
            }
            Table own = new Table(id + "-" + t.id(), t.title(), t.note(), t.header(), t.rows());
            if (t.id().equals("environment")) {
                tables.add(0, own);
            } else {
                tables.add(own);
            }
        }
        String label = CrossMachine.label(i);
        return new Section(id, Character.toUpperCase(label.charAt(0)) + label.substring(1) + ": " + machine.name(),
                "From " + machine.results().getFileName() + " (copied beside this page as " + label.replace(' ', '-')
                        + ".json). The tables below are this machine's alone, on its newest JDK.", tables);
    }
}
