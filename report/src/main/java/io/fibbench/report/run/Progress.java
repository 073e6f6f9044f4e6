package io.fibbench.report.run;

import java.io.PrintStream;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH's output, cut to one line per benchmark with a count and the time left, and one line with
 * its score: the whole suite stays readable in a terminal or a CI log.
 */
final class Progress implements OutputFormat {

    private final PrintStream out;
    private int total;
    private double estimateTotal;
    private final long started = System.nanoTime();
    private int done;
    private double estimateDone;
    private double estimatePerBenchmark;
    private String context = "";
    private ForkHook hook;

    /** Told when each fork starts and ends: JMH starts a fork's JVM right after {@link #startBenchmark}. */
    interface ForkHook {
        void before(BenchmarkParams params) throws java.io.IOException;

        /** As the last warmup iteration starts (never called for a fork without warmup). */
        void warmedUp(BenchmarkParams params) throws java.io.IOException;

        void after(BenchmarkParams params) throws java.io.IOException;
    }

    Progress(PrintStream out, int total, double estimateTotal) {
        this.out = out;
        this.total = total;
        this.estimateTotal = estimateTotal;
    }

    /** Called before each JMH run: what the next benchmarks are expected to take, and on which JDK. */
    void onFork(ForkHook hook) {
        this.hook = hook;
    }

    void nextGroup(double secondsPerBenchmark, String context) {
        this.estimatePerBenchmark = secondsPerBenchmark;
        this.context = context;
    }

    /** More benchmarks than planned (a run refining its intervals), with their estimated seconds. */
    void extend(int benchmarks, double seconds) {
        total += benchmarks;
        estimateTotal += seconds;
    }

    double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** How much longer than estimated the work so far took on this machine (1 before there is any). */
    double pace() {
        return done > 5 && estimateDone > 0 ? elapsedSeconds() / estimateDone : 1;
    }

    /** For work outside JMH (the C floor) that the estimate counted. */
    void step(String what, double estimateSeconds) {
        done++;
        out.printf(Locale.ROOT, "[%d/%d] %s, %s%n", done, total, what, left());
        estimateDone += estimateSeconds;
    }

    @Override
    public void startBenchmark(BenchmarkParams params) {
        done++;
        String name = params.getBenchmark().replace("io.fibbench.bench.", "");
        StringBuilder ps = new StringBuilder();
        for (String key : params.getParamsKeys()) {
            ps.append(' ').append(key).append('=').append(params.getParam(key));
        }
        out.printf(Locale.ROOT, "[%d/%d] %s%s on %s, %s%n", done, total, name, ps, context, left());
        call(h -> h.before(params));
    }

    private void call(IoAction action) {
        if (hook != null) {
            try {
                action.run(hook);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private interface IoAction {
        void run(ForkHook hook) throws java.io.IOException;
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        estimateDone += estimatePerBenchmark;
        if (result != null) {
            call(h -> h.after(result.getParams()));
            Result<?> r = result.getPrimaryResult();
            // a fork of 2 iterations has no interval of its own: the report's comes from the forks
            if (Double.isNaN(r.getScoreError())) {
                out.printf(Locale.ROOT, "        %.4g %s%n", r.getScore(), r.getScoreUnit());
            } else {
                out.printf(Locale.ROOT, "        %.4g ± %.2g %s%n", r.getScore(), r.getScoreError(), r.getScoreUnit());
            }
        }
    }

    private String left() {
        // learn how far off the estimate runs on this machine
        double remaining = Math.max(0, estimateTotal - estimateDone) * pace();
        long s = Math.round(remaining);
        return String.format(Locale.ROOT, "about %dm%02ds left", s / 60, s % 60);
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
        if (params.getType() == org.openjdk.jmh.runner.IterationType.WARMUP && iteration == params.getCount()) {
            call(h -> h.warmedUp(benchParams));
        }
    }

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration, IterationResult data) {
    }

    @Override
    public void startRun() {
    }

    @Override
    public void endRun(Collection<RunResult> result) {
    }

    @Override
    public void print(String s) {
        out.print(s);
    }

    @Override
    public void println(String s) {
        // JMH's own "# Run progress" and "# Fork" lines repeat what the progress line says, and the
        // part files it names are merged into the run's results file.
        if (!s.startsWith("# ") && !s.isEmpty() && !s.startsWith("Benchmark result is saved to ")) {
            out.println(s);
        }
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }

    @Override
    public void verbosePrintln(String s) {
    }

    @Override
    public void write(int b) {
        out.write(b);
    }

    @Override
    public void write(byte[] b) {
        out.write(b, 0, b.length);
    }
}
