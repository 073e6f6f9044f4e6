package io.fibbench.report.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.fibbench.report.render.ReportWriter;
import io.fibbench.report.run.AtomicFiles;
import io.fibbench.report.run.Jdk;
import io.fibbench.report.run.Profile;
import io.fibbench.report.run.RunFiles;
import io.fibbench.report.run.SuiteRunner;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Measures every variant with JMH, then writes the report (the default command). */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Measure every variant with JMH (plus pure Java and the C floor), "
        + "write the results, then the report.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", description = "smoke (seconds: does the harness work?), quick (about 3 min: noop, "
            + "fib(20), the seed batch), default (20 to 30 min, everything), ci (the regression check: key benchmarks, "
            + "5 forks), full (more forks, every JDK). Default: ${DEFAULT-VALUE}.", defaultValue = "default",
            converter = ProfileConverter.class)
    Profile profile;

    @Option(names = "--variants", split = ",", description = "Variant ids to measure (default: every available one); "
            + "pure Java and the C floor are always measured as references.")
    List<String> variants = new ArrayList<>();

    @Option(names = "--jdk", split = ",", description = "JDKs to fork on: newest, all, feature numbers (17,25) "
            + "or JDK folders. Default: newest (full profile: all). See the jdks command.")
    List<String> jdks = new ArrayList<>();

    @Option(names = "--results", description = "Folder for the JMH JSON and environment files. Default: ${DEFAULT-VALUE}.",
            defaultValue = "results")
    Path resultsDir;

    @Option(names = "--out", description = "Folder the report goes into (a dated folder per report, "
            + "and 'latest'). Default: ${DEFAULT-VALUE}.", defaultValue = "reports")
    Path outDir;

    @Option(names = "--inject-slowdown", paramLabel = "VARIANT:TOKENS|VARIANT:PERCENT%", description = "For testing the "
            + "regression check only: each call of VARIANT first burns TOKENS of JMH's consumeCPU work, or work calibrated "
            + "to make it PERCENT slower.")
    String injectSlowdown;

    @Option(names = "--no-report", description = "Only measure and write the results files.")
    boolean noReport;

    @Option(names = "--history", description = "A history file (see compare --history): adds the trend chart.")
    Path history;

    @Option(names = "--pin", paramLabel = "auto|none|CPU", defaultValue = "auto", description = "Where forks run "
            + "(taskset). auto (default): each on the CPU a 20 ms C probe finds least contended just before it, and a "
            + "fork the probe found contended (before or after it) is measured again, within a budget; a CPU number: "
            + "every fork there, probed the same way; none: wherever the scheduler puts them, unprobed.")
    String pin;

    @Option(names = "--resume", paramLabel = "RESULTS", description = "Finish an interrupted run: measures only the forks "
            + "RESULTS (a results file an earlier run wrote, with its .env.json) lacks, with that run's profile, variants "
            + "and JDKs, into the same file.")
    Path resume;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true);
        if (injectSlowdown != null && !injectSlowdown.matches("[a-z0-9-]+:\\d+((\\.\\d+)?%)?")) {
            throw new IllegalArgumentException("--inject-slowdown takes VARIANT:TOKENS or VARIANT:PERCENT%, e.g. jni:20 or jni:25%");
        }
        if (!noReport) {
            AtomicFiles.requireWritableFolder(outDir, "--out"); // before measuring, not after
        }
        SuiteRunner.Request request;
        if (resume != null) {
            JsonNode asked = RunFiles.recordedRequest(resume);
            Profile recorded = new ProfileConverter().convert(asked.path("profile").asText());
            List<Jdk> recordedJdks = new ArrayList<>();
            asked.path("jdks").forEach(home -> recordedJdks.add(Jdk.at(Path.of(home.asText()))));
            List<String> recordedVariants = new ArrayList<>();
            asked.path("variants").forEach(v -> recordedVariants.add(v.asText()));
            String inject = asked.path("injectSlowdown").isTextual() ? asked.path("injectSlowdown").asText() : null;
            request = new SuiteRunner.Request(recorded, recordedJdks, recordedVariants, resume.toAbsolutePath().getParent(),
                    inject, resume, asked.path("pin").asText("auto"));
            out.println("fibbench: resuming " + resume + " (profile " + recorded.id() + ", JDK "
                    + recordedJdks.stream().map(Jdk::label).toList() + ")");
        } else {
            List<Jdk> chosen = JdkChoice.resolve(jdks, profile.allJdks);
            if (!pin.matches("auto|none|\\d+")) {
                throw new IllegalArgumentException("--pin takes auto, none or a CPU number, not '" + pin + "'");
            }
            request = new SuiteRunner.Request(profile, chosen, variants, resultsDir, injectSlowdown, null, pin);
            out.println("fibbench: profile " + profile.id() + " on JDK " + chosen.stream().map(Jdk::label).toList());
        }
        SuiteRunner.Written written = new SuiteRunner(out).run(request);
        out.println("fibbench: results in " + written.results() + " and " + written.environment());
        if (!noReport) {
            Path report = ReportWriter.render(written.results(), outDir, history);
            out.println("fibbench: report in " + report.resolve("index.html"));
        }
        return 0;
    }
}
