package io.fibbench.report.ab;

import io.fibbench.report.compare.Comparison;
import io.fibbench.report.compare.Row;
import io.fibbench.report.compare.Verdict;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** An A/B comparison as Markdown: compare's headline and exit codes, with paired ratios and intervals. */
public final class AbMarkdown {

    private AbMarkdown() {
    }

    public static String render(List<Pairing.Result> results, double threshold, double confidence, String base,
                                String head, List<String> notOnBase) {
        List<Row> rows = results.stream().map(Pairing.Result::row).toList();
        StringBuilder md = new StringBuilder("## fibbench A/B: ").append(head).append(" against ").append(base)
                .append("\n\n").append(headline(rows))
                .append(String.format(Locale.ROOT, " Both measured on this machine in the same run, in rounds of one fork "
                        + "a side in random order; each ratio is head/base over the rounds (geometric mean; base/head for throughput, so above 1 is always slower) with its %.0f%% "
                        + "interval. Slower: the interval lies above %+.1f%%; faster: below %+.1f%%; unchanged: within "
                        + "±%.0f%%; otherwise inconclusive (or under %d rounds).",
                        confidence * 100, threshold / 2 * 100, (1 / (1 + threshold / 2) - 1) * 100, threshold * 100,
                        Pairing.MIN_ROUNDS))
                .append("\n\n| benchmark | base | head | head/base | interval | rounds | verdict |\n|---|---|---|---|---|---|---|\n");
        results.stream()
                .sorted(Comparator.comparing((Pairing.Result r) -> r.verdict().ordinal()).thenComparing(Pairing.Result::key))
                .forEach(r -> md.append("| ").append(r.key().replace("|", "\\|"))
                        .append(" | ").append(num(r.base(), r.unit()))
                        .append(" | ").append(num(r.head(), r.unit()))
                        .append(" | ").append(Double.isNaN(r.ratio()) ? "" : String.format(Locale.ROOT, "%.3f", r.ratio()))
                        .append(" | ").append(Double.isNaN(r.low()) ? ""
                                : String.format(Locale.ROOT, "%.3f to %.3f", r.low(), r.high()))
                        .append(" | ").append(r.rounds())
                        .append(" | ").append(r.verdict() == Verdict.SLOWER ? "**slower**" : r.verdict().label())
                        .append(" |\n"));
        if (!notOnBase.isEmpty()) {
            md.append("\nNot compared, the base cannot run them (new on the head side): ")
                    .append(String.join(", ", notOnBase)).append(".\n");
        }
        return md.toString();
    }

    static String headline(List<Row> rows) {
        switch (Comparison.outcome(rows)) {
            case REGRESSION:
                return "**" + Comparison.count(rows, Verdict.SLOWER) + " regression(s).**";
            case NO_REGRESSION:
                return "No regression (" + rows.size() + " benchmarks, every one decided).";
            default:
                return "**Not checked in full (exit 4):** no regression shown, but " + Comparison.undecided(rows)
                        + " of " + rows.size() + " benchmark(s) are inconclusive: their intervals are too wide to rule out "
                        + "a change of the threshold's size (measure more rounds).";
        }
    }

    private static String num(double v, String unit) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4g %s", v, unit);
    }
}
