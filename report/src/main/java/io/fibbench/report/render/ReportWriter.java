package io.fibbench.report.render;

import io.fibbench.report.model.Measurement;
import io.fibbench.report.model.ResultsFile;
import io.fibbench.report.render.charts.ReportChart;
import io.fibbench.report.run.AtomicFiles;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes a report into a new dated folder under the output folder: everything goes to a hidden
 * temp folder first, which is renamed only when complete; then {@code latest} is pointed at it.
 * A failed render leaves every earlier report as it was.
 */
public final class ReportWriter {

    static final String TITLE = "What it costs to call C from Java";
    static final String INTRO = "Calling a C fibonacci 1,000,000 times cost Python's ctypes 0.51 s, cffi's ABI mode "
            + "0.50 s, cffi's API mode 0.25 s and pure Python 10.2 s. These are the same questions for Java's five ways "
            + "to call C (JNI, JNA, JNR-FFI, JavaCPP, Panama), each in its default and its fastest honest "
            + "configuration, measured with JMH on one libfib.so, beside pure Java and the same calls made from C.";

    private ReportWriter() {
    }

    /** Renders the report for a results file; returns the report's folder. */
    public static Path render(Path resultsFile, Path outDir) throws IOException {
        return render(resultsFile, outDir, null);
    }

    /** The same, with a trend chart from a history file (may be null). */
    public static Path render(Path resultsFile, Path outDir, Path historyFile) throws IOException {
        List<Measurement> measurements = ResultsFile.read(resultsFile);
        ReportData data = ReportData.load(measurements, resultsFile, historyFile);
        AtomicFiles.requireWritableFolder(outDir, "--out");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path tmp = AtomicFiles.scratchFolder(outDir, ".partial-");
        Thread onInterrupt = new Thread(() -> AtomicFiles.deleteQuietly(tmp));
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        Path target;
        try {
            write(data, resultsFile, tmp);
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            target = claim(tmp, outDir, stamp);
        } catch (IOException | RuntimeException e) {
            AtomicFiles.deleteTree(tmp);
            throw e;
        } finally {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        }
        pointLatest(outDir, target);
        return target;
    }

    static void write(ReportData data, Path resultsFile, Path dir) throws IOException {
        List<RenderedChart> charts = new ArrayList<>();
        for (ReportChart c : ReportChart.all()) {
            Optional<Chart<?, ?>> chart = c.create(data);
            byte[] png = null;
            if (chart.isPresent()) {
                png = BitmapEncoder.getBitmapBytes(chart.get(), BitmapEncoder.BitmapFormat.PNG);
                Files.write(dir.resolve(c.name() + ".png"), png);
                VectorGraphicsEncoder.saveVectorGraphic(chart.get(), dir.resolve(c.name()).toString(),
                        VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            }
            charts.add(new RenderedChart(c.name(), c.caption(), png, c.whenMissing()));
        }
        List<Table> tables = new Tables(data).all();
        Files.writeString(dir.resolve("index.html"), HtmlPage.render(TITLE, INTRO, charts, tables), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.md"), MarkdownPage.render(TITLE, INTRO, charts, tables), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("results.csv"), CsvFile.render(data.measurements), StandardCharsets.UTF_8);
        Files.write(dir.resolve("results.json"), Files.readAllBytes(resultsFile));
        Path env = ResultsFile.environmentFile(resultsFile);
        if (Files.isRegularFile(env)) {
            Files.write(dir.resolve("environment.json"), Files.readAllBytes(env));
        }
    }

    /**
     * Renames the finished report to its dated name; a report rendered in the same second (by this or
     * another process) keeps its folder, and this one takes the next free suffix.
     */
    private static Path claim(Path tmp, Path outDir, String stamp) throws IOException {
        for (int i = 1; ; i++) {
            Path target = outDir.resolve(i == 1 ? stamp : stamp + "-" + i);
            if (Files.exists(target)) {
                continue;
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                return target;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // taken between the check and the rename: try the next name
            }
        }
    }

    /** {@code latest} is a symbolic link, swapped by an atomic rename so it never points at nothing. */
    private static void pointLatest(Path outDir, Path target) throws IOException {
        Path link = outDir.resolve("latest");
        Path tmp = outDir.resolve(".latest-" + ProcessHandle.current().pid());
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, target.getFileName());
        Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

}
