package io.fibbench.report.cli;

import io.fibbench.report.compare.CompareMarkdown;
import io.fibbench.report.compare.Comparison;
import io.fibbench.report.compare.History;
import io.fibbench.report.compare.Row;
import io.fibbench.report.compare.Settings;
import io.fibbench.report.model.Measurement;
import io.fibbench.report.model.ResultsFile;
import io.fibbench.report.run.AtomicFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The regression check: exit 0 no regression, 1 regression, 2 bad input, 4 not checked in full. */
@Command(name = "compare", mixinStandardHelpOptions = true, description = "Compare two runs; exit 1 when a benchmark got slower by more than the "
        + "threshold AND the difference is statistically separated (needs 3+ forks a side: --profile ci), "
        + "2 on bad input, 4 when no regression is shown but not everything could be checked (a change beyond the "
        + "threshold the forks cannot decide, or less than half of the baseline in the current run).")
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--baseline", required = true, description = "JMH JSON of the reference run.")
    Path baseline;

    @Option(names = "--current", required = true, description = "JMH JSON of the run to check.")
    Path current;

    @Option(names = "--threshold", defaultValue = "15", description = "Smallest change that counts, in percent. "
            + "Default: ${DEFAULT-VALUE} (on a shared 2-core machine, runs of one build drift by up to ~11%%).")
    double thresholdPercent;

    @Option(names = "--alpha", defaultValue = "0.01", description = "False discovery rate over all benchmarks "
            + "(Welch's t-test on fork means, Benjamini-Hochberg). Default: ${DEFAULT-VALUE}.")
    double alpha;

    @Option(names = "--normalize-by", description = "Divide every score by this benchmark of the same run first, "
            + "e.g. \"Sweep.fib variant=java n=20\" or \"Overhead.noop variant=c\": compares runs from different "
            + "machines as ratios.")
    String normalizeBy;

    @Option(names = "--markdown", description = "Also write the Markdown table to this file (e.g. for a CI job summary).")
    Path markdown;

    @Option(names = "--history", description = "Append the current run, with this comparison's flags, to this "
            + "history file (one JSON line per run).")
    Path history;

    @Override
    public Integer call() throws Exception {
        if (thresholdPercent <= 0 || alpha <= 0 || alpha >= 1) {
            throw new IllegalArgumentException("--threshold must be > 0 and --alpha in (0, 1)");
        }
        Settings settings = new Settings(thresholdPercent / 100, alpha, normalizeBy);
        List<Measurement> current = ResultsFile.read(this.current);
        List<Row> rows = Comparison.compare(ResultsFile.read(baseline), current, settings);
        String md = CompareMarkdown.render(rows, settings, baseline.getFileName().toString(), this.current.getFileName().toString());
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().flush();
        if (markdown != null) {
            AtomicFiles.write(markdown, md.getBytes(StandardCharsets.UTF_8));
        }
        if (history != null) {
            History.append(history, this.current, current, rows);
        }
        return Comparison.outcome(rows).exitCode;
    }
}
