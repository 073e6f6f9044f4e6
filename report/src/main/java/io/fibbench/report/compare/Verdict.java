package io.fibbench.report.compare;

/** What a comparison concluded for one benchmark. */
public enum Verdict {
    /** Better by more than the threshold, and statistically separated. */
    FASTER,
    /** Worse by more than the threshold, and statistically separated: a regression. */
    SLOWER,
    /** Within the threshold. */
    UNCHANGED,
    /** Beyond the threshold, but the runs' samples overlap too much to say. */
    INCONCLUSIVE,
    /** Only in the current run. */
    ADDED,
    /** Only in the baseline. */
    REMOVED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
