package io.fibbench.report.render;

import io.fibbench.report.model.Measurement;

/**
 * A cost as a multiple of its machine's C floor (the same call made from C on the same machine), with
 * the range the two measurements' intervals allow.
 *
 * <p>The range is interval arithmetic on both intervals: [(m - e_m) / (f + e_f), (m + e_m) / (f - e_f)],
 * the cost's lower bound clamped at zero, unbounded above when the floor's interval reaches zero. Not
 * the delta method: its symmetric first-order interval holds only for small relative errors, and a
 * one-fork cell here can have an interval wider than its score (jna-interface's noop), where it would
 * reach below zero; a ratio's range is asymmetric. The bounds are conservative rather than exact:
 * whenever both true values lie in their intervals (for two independent 99% intervals, at least 98% of
 * the time), the true ratio lies in this range.
 */
public record FloorRatio(double value, double low, double high) {

    /** Whether a ratio of these two means anything: both finite, the floor above zero, in the same unit. */
    public static boolean defined(Measurement cost, Measurement floor) {
        return Double.isFinite(cost.score()) && Double.isFinite(floor.score()) && floor.score() > 0
                && cost.score() >= 0 && cost.unit().equals(floor.unit());
    }

    public static FloorRatio of(Measurement cost, Measurement floor) {
        double value = cost.score() / floor.score();
        if (Double.isNaN(cost.error()) || Double.isNaN(floor.error())) {
            return new FloorRatio(value, Double.NaN, Double.NaN);
        }
        double low = Math.max(0, cost.score() - cost.error()) / (floor.score() + floor.error());
        double high = floor.score() - floor.error() <= 0 ? Double.POSITIVE_INFINITY
                : (cost.score() + cost.error()) / (floor.score() - floor.error());
        return new FloorRatio(value, low, high);
    }

    /** False when either measurement came without an interval: such a ratio is told apart from nothing. */
    public boolean rangeKnown() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }

    /** Whether the two ranges do not overlap: only then does the report call one machine's ratio lower. */
    boolean apartFrom(FloorRatio other) {
        return rangeKnown() && other.rangeKnown() && !Findings.overlaps(low, high, other.low, other.high);
    }

    /** "4.08× [3.51, 4.72]": the ratio, then its range. */
    String format() {
        return Format.num(value) + "×" + (rangeKnown() ? " [" + Format.num(low) + ", "
                + (Double.isInfinite(high) ? "∞" : Format.num(high)) + "]" : " (no interval)");
    }
}
