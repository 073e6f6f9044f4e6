package io.fibbench.report.render.charts;

import java.util.Locale;

/** Labels on charts. */
final class Format {

    private Format() {
    }

    /** Seconds in the unit that reads best: s, ms or µs. */
    static String seconds(double s) {
        if (s >= 1) {
            return String.format(Locale.ROOT, "%.2f s", s);
        }
        if (s >= 1e-3) {
            return String.format(Locale.ROOT, "%.1f ms", s * 1e3);
        }
        return String.format(Locale.ROOT, "%.1f µs", s * 1e6);
    }
}
