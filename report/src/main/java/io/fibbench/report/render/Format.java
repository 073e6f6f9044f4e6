package io.fibbench.report.render;

import java.util.Locale;

/** Numbers as the report prints them: three significant digits, errors as JMH gives them. */
public final class Format {

    private Format() {
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 0.001 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    static String withError(double score, double error) {
        return Double.isNaN(error) ? num(score) : num(score) + " ± " + num(error);
    }

    static String ratio(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f×", v);
    }

    static String percent(double v) {
        return String.format(Locale.ROOT, "%+.1f%%", v * 100);
    }

    /** Seconds in the unit that reads best: s, ms or µs (chart labels). */
    public static String seconds(double s) {
        if (s >= 1) {
            return String.format(Locale.ROOT, "%.2f s", s);
        }
        if (s >= 1e-3) {
            return String.format(Locale.ROOT, "%.1f ms", s * 1e3);
        }
        return String.format(Locale.ROOT, "%.1f µs", s * 1e6);
    }
}
