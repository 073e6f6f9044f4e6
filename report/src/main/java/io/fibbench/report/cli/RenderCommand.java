package io.fibbench.report.cli;

import io.fibbench.report.render.ReportWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Re-renders a report from results already measured. */
@Command(name = "render", mixinStandardHelpOptions = true, description = "Write the report from existing results "
        + "files (one, or one per machine), without measuring again.")
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--results", required = true, description = "A JMH JSON results file written by 'run' "
            + "(its .env.json beside it is read when present). Repeat it, once per machine, for one report across "
            + "machines: each call over that machine's C floor, side by side, then each machine's tables.")
    List<Path> results;

    @Option(names = "--out", description = "Folder the report goes into. Default: ${DEFAULT-VALUE}.", defaultValue = "reports")
    Path outDir;

    @Option(names = "--history", description = "A history file (see compare --history): adds the trend chart "
            + "(with a single --results only).")
    Path history;

    @Override
    public Integer call() throws Exception {
        Path report = ReportWriter.render(results, outDir, history);
        spec.commandLine().getOut().println("fibbench: report in " + report.resolve("index.html"));
        return 0;
    }
}
