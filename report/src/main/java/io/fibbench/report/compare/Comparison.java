package io.fibbench.report.compare;

import io.fibbench.report.BadInputException;
import io.fibbench.report.model.Measurement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Compares two runs benchmark by benchmark (matched by name, params and JDK). A change is flagged
 * only when it is both larger than the threshold and statistically separated: a single noisy
 * score moving by 12% is not a regression.
 *
 * <p>Separation is Welch's t-test on the fork means (each fork is one independent sample: iterations
 * inside a fork share its JIT decisions and memory layout, and on this suite forks of one build differ
 * by up to 50%), with the Benjamini-Hochberg procedure over all benchmarks compared, so that testing
 * forty benchmarks does not make a false alarm forty times as likely. It needs at least
 * {@value #MIN_FORKS} forks a side; with fewer, a change beyond the threshold is only "inconclusive".
 */
public final class Comparison {

    private Comparison() {
    }

    /** Forks a side below which run-to-run noise cannot be estimated. */
    public static final int MIN_FORKS = 3;

    public static List<Row> compare(List<Measurement> baseline, List<Measurement> current, Settings settings) {
        Map<String, Sample> base = samples(baseline, settings.normalizeBy(), "baseline");
        Map<String, Sample> cur = samples(current, settings.normalizeBy(), "current");
        if (base.keySet().stream().noneMatch(cur::containsKey)) {
            throw new BadInputException("nothing to compare: no benchmark (name, params and JDK) is in both runs");
        }
        List<Row> rows = new ArrayList<>();
        List<Row> tested = new ArrayList<>();
        for (Map.Entry<String, Sample> e : base.entrySet()) {
            Sample b = e.getValue();
            Sample c = cur.get(e.getKey());
            if (c == null) {
                rows.add(new Row(e.getKey(), b.score, Double.NaN, b.unit, Double.NaN, Double.NaN, Verdict.REMOVED));
            } else {
                Row row = measure(e.getKey(), b, c);
                rows.add(row);
                if (!Double.isNaN(row.pValue())) {
                    tested.add(row);
                }
            }
        }
        double cutoff = benjaminiHochberg(tested, settings.alpha());
        rows.replaceAll(r -> r.verdict() == null ? decide(r, cutoff, settings.threshold()) : r);
        cur.forEach((key, c) -> {
            if (!base.containsKey(key)) {
                rows.add(new Row(key, Double.NaN, c.score, c.unit, Double.NaN, Double.NaN, Verdict.ADDED));
            }
        });
        return rows;
    }

    /** Change and p-value; the verdict (null here) waits for the cutoff over all benchmarks. */
    private static Row measure(String key, Sample b, Sample c) {
        if (!b.unit.equals(c.unit)) {
            throw new BadInputException(key + " is in " + b.unit + " in the baseline but " + c.unit
                    + " in the current run: compare runs of the same suite version");
        }
        double ratio = c.score / b.score;
        double change = b.lowerIsBetter ? ratio - 1 : 1 / ratio - 1;
        double p = b.forkMeans.length >= MIN_FORKS && c.forkMeans.length >= MIN_FORKS
                ? pValue(b.forkMeans, c.forkMeans) : Double.NaN;
        return new Row(key, b.score, c.score, b.unit, change, p, null);
    }

    private static Row decide(Row r, double cutoff, double threshold) {
        Verdict verdict;
        if (Math.abs(r.change()) < threshold) {
            verdict = Verdict.UNCHANGED;
        } else if (!Double.isNaN(r.pValue()) && r.pValue() <= cutoff) {
            verdict = r.change() > 0 ? Verdict.SLOWER : Verdict.FASTER;
        } else {
            verdict = Verdict.INCONCLUSIVE;
        }
        return new Row(r.key(), r.baseline(), r.current(), r.unit(), r.change(), r.pValue(), verdict);
    }

    /**
     * The largest p-value that still counts as separated when {@code tested.size()} benchmarks are
     * tested at false discovery rate {@code alpha}; -1 when none does.
     */
    static double benjaminiHochberg(List<Row> tested, double alpha) {
        double[] p = tested.stream().mapToDouble(Row::pValue).sorted().toArray();
        double cutoff = -1;
        for (int k = 1; k <= p.length; k++) {
            if (p[k - 1] <= alpha * k / p.length) {
                cutoff = p[k - 1];
            }
        }
        return cutoff;
    }

    /** Welch's t-test; NaN with fewer than two samples a side. Identical constant samples are not separated. */
    static double pValue(double[] a, double[] b) {
        if (a.length < 2 || b.length < 2) {
            return Double.NaN;
        }
        if (StatUtils.variance(a) == 0 && StatUtils.variance(b) == 0) {
            return StatUtils.mean(a) == StatUtils.mean(b) ? 1.0 : 0.0;
        }
        return new TTest().tTest(a, b);
    }

    private record Sample(double score, String unit, boolean lowerIsBetter, double[] forkMeans) {
    }

    private static Map<String, Sample> samples(List<Measurement> run, String normalizeBy, String which) {
        Map<String, Sample> out = new LinkedHashMap<>();
        for (Measurement m : run) {
            double divisor = 1;
            String unit = m.unit();
            if (normalizeBy != null) {
                Measurement ref = reference(run, normalizeBy, m.jdk(), which);
                if (ref == m) {
                    continue; // the yardstick itself is 1 by definition
                }
                divisor = ref.score();
                unit = m.unit() + " / " + normalizeBy;
            }
            double d = divisor;
            double[] forkMeans = m.forks().stream().filter(f -> !f.isEmpty())
                    .mapToDouble(f -> f.stream().mapToDouble(v -> v / d).average().orElseThrow()).toArray();
            out.put(m.key(), new Sample(m.score() / d, unit, m.lowerIsBetter(), forkMeans));
        }
        return out;
    }

    /**
     * "Scenario variant=v [n=N]" on the same JDK. The C floor, having no JDK, matches on any JDK
     * and is divided by the reference of the newest JDK in the run.
     */
    private static Measurement reference(List<Measurement> run, String spec, int jdk, String which) {
        String[] parts = spec.trim().split("\\s+");
        String scenario = parts[0];
        String variant = null;
        Integer n = null;
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].startsWith("variant=")) {
                variant = parts[i].substring("variant=".length());
            } else if (parts[i].startsWith("n=")) {
                n = Integer.valueOf(parts[i].substring(2));
            } else {
                throw new BadInputException("--normalize-by '" + spec + "': expected 'Scenario variant=ID [n=N]'");
            }
        }
        Measurement found = null;
        for (Measurement m : run) {
            if (m.scenario().equals(scenario) && m.variant().equals(variant) && Objects.equals(m.n(), n)
                    && (m.isFloor() || jdk == 0 || m.jdk() == jdk) && (found == null || m.jdk() > found.jdk())) {
                found = m;
            }
        }
        if (found == null) {
            throw new BadInputException("the " + which + " run has no '" + spec + "'"
                    + (jdk == 0 ? "" : " on JDK " + jdk) + " to normalize by");
        }
        return found;
    }

    /** What a comparison can claim, with the exit code that says it. */
    public enum Outcome {
        NO_REGRESSION(0),
        REGRESSION(1),
        /** No regression among what was checked, but not everything could be: never reported as "No regression". */
        INCOMPLETE(4);

        public final int exitCode;

        Outcome(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    /**
     * A regression if any benchmark got slower; else incomplete when a change beyond the threshold could
     * not be decided, or when fewer than half of the baseline's benchmarks are in the current run (another
     * JDK, other variants): "No regression" only when that many were checked and none was undecided.
     */
    public static Outcome outcome(List<Row> rows) {
        if (regressed(rows)) {
            return Outcome.REGRESSION;
        }
        return undecided(rows) > 0 || 2 * matched(rows) < matched(rows) + count(rows, Verdict.REMOVED)
                ? Outcome.INCOMPLETE : Outcome.NO_REGRESSION;
    }

    /** Benchmarks in both runs. */
    public static long matched(List<Row> rows) {
        return rows.stream().filter(r -> r.verdict() != Verdict.ADDED && r.verdict() != Verdict.REMOVED).count();
    }

    /** Changes beyond the threshold that the samples could not decide. */
    public static long undecided(List<Row> rows) {
        return count(rows, Verdict.INCONCLUSIVE);
    }

    public static long count(List<Row> rows, Verdict verdict) {
        return rows.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** True when any benchmark got slower: the exit code CI fails on. */
    public static boolean regressed(List<Row> rows) {
        return rows.stream().anyMatch(r -> r.verdict() == Verdict.SLOWER);
    }
}
