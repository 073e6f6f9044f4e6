package io.fibbench.report.compare;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The comparison as a Markdown table, for a terminal, a PR comment or a CI job summary. */
public final class CompareMarkdown {

    private CompareMarkdown() {
    }

    public static String render(List<Row> rows, Settings s, String baseline, String current) {
        StringBuilder md = new StringBuilder("## fibbench: ").append(current).append(" against ").append(baseline).append("\n\n")
                .append(headline(rows))
                .append(String.format(Locale.ROOT, " A change counts when it exceeds %.0f%% and Welch's t-test on the "
                        + "fork means separates it at a false discovery rate of %s over all benchmarks (Benjamini-Hochberg); "
                        + "with fewer than %d forks a side a large change is only inconclusive.",
                        s.threshold() * 100, s.alpha(), Comparison.MIN_FORKS))
                .append(s.normalizeBy() == null ? "" : " Scores are normalized by " + s.normalizeBy() + " within each run.")
                .append("\n\n| benchmark | baseline | current | change | confidence | verdict |\n|---|---|---|---|---|---|\n");
        rows.stream()
                .sorted(Comparator.comparing((Row r) -> r.verdict().ordinal()).thenComparing(Row::key))
                .forEach(r -> md.append("| ").append(r.key().replace("|", "\\|"))
                        .append(" | ").append(num(r.baseline(), r.unit()))
                        .append(" | ").append(num(r.current(), r.unit()))
                        .append(" | ").append(Double.isNaN(r.change()) ? "" : String.format(Locale.ROOT, "%+.1f%%", r.change() * 100))
                        .append(" | ").append(Double.isNaN(r.pValue()) ? "" : String.format(Locale.ROOT, "%.1f%%", (1 - r.pValue()) * 100))
                        .append(" | ").append(r.verdict() == Verdict.SLOWER ? "**slower**" : r.verdict().label())
                        .append(" |\n"));
        return md.append("\nchange: positive is worse (slower). confidence: 1 - p.\n").toString();
    }

    /** The verdict in words; it never says "No regression" about what it could not check. */
    static String headline(List<Row> rows) {
        long baselineSize = Comparison.matched(rows) + Comparison.count(rows, Verdict.REMOVED);
        String coverage = Comparison.matched(rows) + " of the baseline's " + baselineSize + " benchmarks are in the current run";
        switch (Comparison.outcome(rows)) {
            case REGRESSION:
                return "**" + Comparison.count(rows, Verdict.SLOWER) + " regression(s).**";
            case NO_REGRESSION:
                return "No regression (" + coverage + ").";
            default:
                StringBuilder why = new StringBuilder("**Not checked in full (exit 4):** no regression shown, but ");
                if (Comparison.undecided(rows) > 0) {
                    why.append(Comparison.undecided(rows)).append(" benchmark(s) changed beyond the threshold and the "
                            + "forks cannot tell whether it is real (inconclusive: measure with more forks); ");
                }
                return why.append(coverage).append(".").toString();
        }
    }

    private static String num(double v, String unit) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4g %s", v, unit);
    }
}
