package io.fibbench.report.ab;

import io.fibbench.report.compare.Row;
import io.fibbench.report.compare.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The A/B verdict for each benchmark from paired rounds. Each round measured both sides one after the
 * other on the same machine, in random order, so whatever the machine did in that minute (a slower
 * CPU, a neighbour's load) falls on both, and the ratio head/base of that round cancels it. The
 * estimate is the geometric mean of the rounds' ratios with a Student's t interval on their logs.
 *
 * <p>With threshold T: <b>slower</b> when the whole interval lies above 1 + T/2, <b>faster</b> when it
 * lies below 1 / (1 + T/2), <b>unchanged</b> when it lies within 1 / (1 + T) and 1 + T, and
 * <b>inconclusive</b> otherwise (or with fewer than {@link #MIN_ROUNDS} rounds). Asking the interval to
 * clear half the threshold, not 1, is what keeps a run of identical builds from raising alarms
 * over a real but harmless 1% (a JIT decision, a link order), while a change of the threshold's
 * size is caught once the interval is narrower than half of it.
 */
public final class Pairing {

    public static final int MIN_ROUNDS = 3;

    /**
     * One benchmark's rounds: the base and head value (a fork's mean) of each round that measured both.
     * With {@code lowerIsBetter} false (throughput), the ratio is taken base/head, so that above 1 is
     * slower for every benchmark.
     */
    public record Rounds(String key, String unit, List<double[]> pairs, boolean lowerIsBetter) {

        public Rounds(String key, String unit, List<double[]> pairs) {
            this(key, unit, pairs, true);
        }

        /** The rounds both sides measured, from each side's fork mean by round number. */
        public static Rounds matched(String key, String unit, Map<Integer, Double> base, Map<Integer, Double> head,
                                     boolean lowerIsBetter) {
            List<double[]> pairs = new ArrayList<>();
            new TreeMap<>(base).forEach((round, value) -> {
                if (head.containsKey(round)) {
                    pairs.add(new double[] {value, head.get(round)});
                }
            });
            return new Rounds(key, unit, pairs, lowerIsBetter);
        }
    }

    /** One benchmark compared: the ratio head/base (base/head for throughput) with its interval, over {@code rounds} pairs. */
    public record Result(String key, String unit, double base, double head, double ratio, double low, double high,
                         int rounds, Verdict verdict) {

        /** As compare's row, so that its outcome, exit codes and history apply unchanged. */
        public Row row() {
            return new Row(key, base, head, unit, ratio - 1, Double.NaN, verdict);
        }
    }

    private Pairing() {
    }

    public static Result of(Rounds rounds, double threshold, double confidence) {
        SummaryStatistics logs = new SummaryStatistics();
        SummaryStatistics base = new SummaryStatistics();
        SummaryStatistics head = new SummaryStatistics();
        for (double[] pair : rounds.pairs()) {
            if (pair[0] > 0 && pair[1] > 0) {
                logs.addValue(rounds.lowerIsBetter() ? Math.log(pair[1] / pair[0]) : Math.log(pair[0] / pair[1]));
                base.addValue(pair[0]);
                head.addValue(pair[1]);
            }
        }
        int n = (int) logs.getN();
        double ratio = n == 0 ? Double.NaN : Math.exp(logs.getMean());
        double low = Double.NaN;
        double high = Double.NaN;
        if (n >= 2) {
            double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
            double half = t * logs.getStandardDeviation() / Math.sqrt(n);
            low = Math.exp(logs.getMean() - half);
            high = Math.exp(logs.getMean() + half);
        }
        return new Result(rounds.key(), rounds.unit(), base.getMean(), head.getMean(), ratio, low, high, n,
                verdict(n, low, high, threshold));
    }

    static Verdict verdict(int rounds, double low, double high, double threshold) {
        if (rounds < MIN_ROUNDS || Double.isNaN(low)) {
            return Verdict.INCONCLUSIVE;
        }
        double margin = 1 + threshold / 2;
        if (low > margin) {
            return Verdict.SLOWER;
        }
        if (high < 1 / margin) {
            return Verdict.FASTER;
        }
        if (low >= 1 / (1 + threshold) && high <= 1 + threshold) {
            return Verdict.UNCHANGED;
        }
        return Verdict.INCONCLUSIVE;
    }

    /**
     * Pairs two sides' forks by round: {@code base} and {@code head} map a benchmark key to its fork
     * means by round number (a side may lack a round it could not measure; that round is left out).
     */
    public static List<Rounds> pair(Map<String, TreeMap<Integer, Double>> base, Map<String, TreeMap<Integer, Double>> head,
                                    Map<String, String> units, java.util.Set<String> higherIsBetter) {
        List<Rounds> out = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Integer, Double>> b : new TreeMap<>(base).entrySet()) {
            TreeMap<Integer, Double> h = head.get(b.getKey());
            if (h == null) {
                continue;
            }
            out.add(Rounds.matched(b.getKey(), units.getOrDefault(b.getKey(), ""), b.getValue(), h,
                    !higherIsBetter.contains(b.getKey())));
        }
        return out;
    }
}
