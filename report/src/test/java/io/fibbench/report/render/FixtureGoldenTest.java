package io.fibbench.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fibbench.report.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of the checked-in fixture, table by table and number by number, as last reviewed
 * (fixtures/small.report.md and small.results.csv): a refactoring that moves code must not move a
 * number, and a change that means to (a new interval, a new table) updates the copies on purpose, in
 * the same commit. The one column allowed to differ is each binding's line count, which the build
 * counts from the sources as they are now.
 */
class FixtureGoldenTest {

    @TempDir
    Path dir;

    @Test
    void markdownAndCsvMatchTheGoldenCopies() throws Exception {
        Path report = ReportWriter.render(Fixtures.small(dir), dir.resolve("reports"));
        assertEquals(withoutLineCounts(golden("small.report.md")),
                withoutLineCounts(Files.readAllLines(report.resolve("report.md"), StandardCharsets.UTF_8)));
        assertEquals(golden("small.results.csv"), Files.readAllLines(report.resolve("results.csv"), StandardCharsets.UTF_8));
    }

    private static List<String> golden(String name) throws IOException {
        try (InputStream in = FixtureGoldenTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** The ease-of-use table's third column ("lines of binding code") blanked in its rows. */
    private static List<String> withoutLineCounts(List<String> lines) {
        return lines.stream().map(l -> l.matches("\\| [a-z-]+ \\| (ABI|API|-) \\| \\d+ \\|.*")
                ? l.replaceFirst("^(\\| [a-z-]+ \\| (ABI|API|-) \\| )\\d+", "$1#") : l).toList();
    }
}
