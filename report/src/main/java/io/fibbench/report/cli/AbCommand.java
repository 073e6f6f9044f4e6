package io.fibbench.report.cli;

import io.fibbench.VariantInfo;
import io.fibbench.report.ab.AbAnalysis;
import io.fibbench.report.ab.AbMarkdown;
import io.fibbench.report.ab.AbRunner;
import io.fibbench.report.ab.Pairing;
import io.fibbench.report.ab.SideJar;
import io.fibbench.report.compare.Comparison;
import io.fibbench.report.compare.History;
import io.fibbench.report.model.ResultsFile;
import io.fibbench.report.run.AtomicFiles;
import io.fibbench.report.run.Jdk;
import io.fibbench.report.run.Plan;
import io.fibbench.report.run.Profile;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The A/B regression check: two builds measured side by side in one run. Exit codes as compare's. */
@Command(name = "ab", mixinStandardHelpOptions = true, description = "Measure two git revisions side by side on this "
        + "machine, in rounds (one fork a side per round, random order), and compare them paired by round: drift of "
        + "the machine falls on both sides alike. Exit 0 no regression, 1 regression, 2 bad input, 3 failure, 4 not "
        + "checked in full (some benchmark inconclusive).")
final class AbCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--base", required = true, description = "The reference revision (commit, branch, tag, HEAD~1); "
            + "built in a worktree under target/ab, kept by commit.")
    String base;

    @Option(names = "--head", description = "The revision to check. Default: the working tree's build "
            + "(bench/target/benchmarks.jar, from ./mvnw -pl report -am package).")
    String head;

    @Option(names = "--profile", defaultValue = "ci", converter = ProfileConverter.class, description = "Which "
            + "benchmarks and iterations each side runs per round. Default: ${DEFAULT-VALUE}.")
    Profile profile;

    @Option(names = "--variants", split = ",", description = "Variants to compare. Default: every variant.")
    List<String> variants = new ArrayList<>();

    @Option(names = "--rounds", description = "Rounds (pairs of forks) every benchmark gets. Default: the profile's forks.")
    Integer rounds;

    @Option(names = "--max-rounds", defaultValue = "12", description = "Benchmarks still inconclusive after --rounds get "
            + "more rounds, one at a time, up to this many. Default: ${DEFAULT-VALUE}.")
    int maxRounds;

    @Option(names = "--max-minutes", defaultValue = "8", description = "No further round starts that would end after "
            + "this many minutes from the start (the first --rounds always run). Default: ${DEFAULT-VALUE}.")
    double maxMinutes;

    @Option(names = "--threshold", defaultValue = "10", description = "Smallest change that counts, in percent: "
            + "slower when the interval clears half of it. Default: ${DEFAULT-VALUE}.")
    double thresholdPercent;

    @Option(names = "--confidence", defaultValue = "95", description = "Confidence of the paired intervals, in "
            + "percent. Default: ${DEFAULT-VALUE}.")
    double confidencePercent;

    @Option(names = "--jdk", split = ",", description = "The JDK both sides fork on (see the jdks command). Default: newest.")
    List<String> jdks = new ArrayList<>();

    @Option(names = "--results", defaultValue = "results", description = "Folder for both sides' JMH JSON. "
            + "Default: ${DEFAULT-VALUE}.")
    Path resultsDir;

    @Option(names = "--markdown", description = "Also write the Markdown table to this file (e.g. for a CI job summary).")
    Path markdown;

    @Option(names = "--history", description = "Append the head side, with this comparison's verdicts, to this history file.")
    Path history;

    @Option(names = "--inject-slowdown", paramLabel = "VARIANT:PERCENT%", description = "For checking the check only: "
            + "the head side's VARIANT is made PERCENT slower (that share of its calls is made twice).")
    String inject;

    @Option(names = "--pin", paramLabel = "auto|none|CPU", defaultValue = "auto", description = "As run's --pin.")
    String pin;

    @Option(names = "--seed", description = "Seed of the random side order (printed, to repeat a run).")
    Long seed;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true);
        if (thresholdPercent <= 0 || confidencePercent <= 50 || confidencePercent >= 100) {
            throw new IllegalArgumentException("--threshold must be > 0 and --confidence in (50, 100)");
        }
        if (inject != null && !inject.matches("[a-z0-9-]+:\\d+(\\.\\d+)?%")) {
            throw new IllegalArgumentException("--inject-slowdown takes VARIANT:PERCENT%, e.g. jni:25%");
        }
        if (!pin.matches("auto|none|\\d+")) {
            throw new IllegalArgumentException("--pin takes auto, none or a CPU number, not '" + pin + "'");
        }
        List<String> known = VariantInfo.all().stream().map(VariantInfo::id).filter(id -> !id.equals("c")).toList();
        List<String> chosen = variants.isEmpty() ? known : variants;
        for (String v : chosen) {
            if (!known.contains(v)) {
                throw new IllegalArgumentException("unknown variant '" + v + "' in --variants; known: " + known);
            }
        }
        if (inject != null && !chosen.contains(inject.substring(0, inject.indexOf(':')))) {
            throw new IllegalArgumentException("--inject-slowdown names '" + inject.substring(0, inject.indexOf(':'))
                    + "', which is not among the variants compared: " + chosen);
        }
        Jdk jdk = JdkChoice.resolve(jdks, false).get(0);
        int planned = profile.plans().values().stream().mapToInt(Plan::forks).max().orElse(5);
        int n = rounds == null ? planned : rounds;
        if (n < Pairing.MIN_ROUNDS) {
            throw new IllegalArgumentException("--rounds " + n + ": a verdict needs at least " + Pairing.MIN_ROUNDS);
        }
        if (maxMinutes <= 0) {
            throw new IllegalArgumentException("--max-minutes must be > 0, not " + maxMinutes);
        }
        long s = seed == null ? System.nanoTime() : seed;
        Path repo = SideJar.repository();
        SideJar headSide = head == null ? SideJar.workingTree(repo) : SideJar.of(repo, head, out);
        SideJar baseSide = SideJar.of(repo, base, out);
        out.println("fibbench ab: seed " + s);
        double threshold = thresholdPercent / 100;
        double confidence = confidencePercent / 100;
        AbRunner.Written written = new AbRunner(out).run(new AbRunner.Request(baseSide, headSide, profile, chosen, jdk, n,
                Math.max(n, maxRounds), Duration.ofSeconds(Math.round(maxMinutes * 60)), threshold, confidence, resultsDir,
                inject, pin, s));
        List<Pairing.Result> results = AbAnalysis.analyse(written.base(), written.head(), threshold, confidence);
        String md = AbMarkdown.render(results, threshold, confidence, baseSide.label() + " (" + baseSide.commit() + ")",
                headSide.label() + " (" + headSide.commit() + ")" + (inject == null ? "" : ", injected " + inject),
                written.notOnBase());
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().flush();
        out.println("fibbench ab: base in " + written.base() + ", head in " + written.head());
        if (markdown != null) {
            AtomicFiles.write(markdown, md.getBytes(StandardCharsets.UTF_8));
        }
        List<io.fibbench.report.compare.Row> rows = results.stream().map(Pairing.Result::row).toList();
        if (history != null) {
            History.append(history, written.head(), ResultsFile.read(written.head()), rows);
        }
        return Comparison.outcome(rows).exitCode;
    }
}
