package io.fibbench.report.render;

import io.fibbench.report.BadInputException;
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
        return publish(outDir, dir -> write(data, resultsFile, dir));
    }

    /**
     * The report of one results file as above, or, for several (one per machine), the cross-machine
     * report: each machine's costs over its own C floor side by side, then each machine's tables.
     */
    public static Path render(List<Path> resultsFiles, Path outDir, Path historyFile) throws IOException {
        if (resultsFiles.size() == 1) {
            return render(resultsFiles.get(0), outDir, historyFile);
        }
        if (historyFile != null) {
            throw new BadInputException("--history draws one machine's trend: give it with a single --results, "
                    + "not with " + resultsFiles.size());
        }
        List<Machine> machines = Machine.load(resultsFiles);
        return publish(outDir, dir -> CrossMachineReport.write(machines, dir));
    }

    /** What a report writes into its (still hidden) folder. */
    private interface Contents {
        void writeTo(Path dir) throws IOException;
    }

    private static Path publish(Path outDir, Contents contents) throws IOException {
        AtomicFiles.requireWritableFolder(outDir, "--out");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path tmp = AtomicFiles.scratchFolder(outDir, ".partial-");
        Thread onInterrupt = new Thread(() -> AtomicFiles.deleteQuietly(tmp));
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        Path target;
        try {
            contents.writeTo(tmp);
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
            charts.add(save(dir, c.name(), c.caption(), c.create(data), c.whenMissing()));
        }
        List<Table> tables = new Tables(data).all();
        Files.writeString(dir.resolve("index.html"), HtmlPage.render(TITLE, INTRO, charts, tables), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.md"), MarkdownPage.render(TITLE, INTRO, charts, tables), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("results.csv"), CsvFile.render(data.measurements), StandardCharsets.UTF_8);
        copyInputs(resultsFile, dir, "results.json", "environment.json");
    }

    /** Writes a chart as PNG and SVG, when the data had one; what the pages show in its place. */
    static RenderedChart save(Path dir, String name, String caption, Optional<Chart<?, ?>> chart, String whenMissing)
            throws IOException {
        byte[] png = null;
        if (chart.isPresent()) {
            png = BitmapEncoder.getBitmapBytes(chart.get(), BitmapEncoder.BitmapFormat.PNG);
            Files.write(dir.resolve(name + ".png"), png);
            VectorGraphicsEncoder.saveVectorGraphic(chart.get(), dir.resolve(name).toString(),
                    VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        }
        return new RenderedChart(name, caption, png, whenMissing);
    }

    /** The results file as given, and its environment file when there is one, under the report's names. */
    static void copyInputs(Path resultsFile, Path dir, String results, String environment) throws IOException {
        Files.write(dir.resolve(results), Files.readAllBytes(resultsFile));
        Path env = ResultsFile.environmentFile(resultsFile);
        if (Files.isRegularFile(env)) {
            Files.write(dir.resolve(environment), Files.readAllBytes(env));
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
