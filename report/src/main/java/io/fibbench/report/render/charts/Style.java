package io.fibbench.report.render.charts;

import io.fibbench.report.model.Measurement;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** The look every chart shares: white, large enough to read in a PR comment. */
final class Style {

    static final int WIDTH = 960;
    static final int HEIGHT = 540;

    /** Native variants, the C floor and pure Java keep one colour each on every chart. */
    static final Color NATIVE = new Color(60, 110, 180);
    static final Color FLOOR = new Color(90, 90, 90);
    static final Color PURE_JAVA = new Color(230, 145, 30);
    /** A run the regression check flagged, on the trend chart. */
    static final Color FLAGGED = new Color(220, 30, 30, 160);
    static final Color TEXT = Color.BLACK;
    /** Machines on the cross-machine chart, in the order given: apart from each other, and from grey (the floor). */
    private static final Color[] MACHINES = {NATIVE, PURE_JAVA, new Color(40, 150, 90), new Color(150, 80, 170),
            new Color(200, 60, 60)};

    private Style() {
    }

    /** The colour of a variant's bars, line and markers. */
    static Color color(String variant) {
        return switch (variant) {
            case Measurement.C_FLOOR -> FLOOR;
            case Measurement.PURE_JAVA -> PURE_JAVA;
            default -> NATIVE;
        };
    }

    /** The colour of the {@code i}th machine's points and ranges. */
    static Color machine(int i) {
        return MACHINES[i % MACHINES.length];
    }

    static void apply(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setLegendBorderColor(Color.WHITE);
        s.setChartTitleBoxVisible(false);
        s.setErrorBarsColor(Color.DARK_GRAY);
        s.setAntiAlias(true);
    }
}
