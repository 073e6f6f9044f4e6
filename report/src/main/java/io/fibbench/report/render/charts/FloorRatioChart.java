package io.fibbench.report.render.charts;

import io.fibbench.report.render.CrossMachine;
import io.fibbench.report.render.FloorRatio;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The cross-machine chart: each variant's headline calls as a multiple of each machine's C floor, one
 * row per call and variant, one point per machine with the ratio's range as its whisker (the ranges are
 * asymmetric, so each is drawn as a line of its own rather than as XChart's symmetric error bars). The
 * axis is logarithmic: the ratios run from a fifth of the floor (pure Java's noop) to tens of times it.
 */
public final class FloorRatioChart {

    public static final String NAME = "cross-machine";

    private static final int ROW_PIXELS = 30;
    /** The plot's width: the chart's less its padding (the y axis has no tick labels, the legend is below). */
    private static final int PLOT_PIXELS = Style.WIDTH - 30;
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final String INDENT = "   ";
    private static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE,
            SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN};

    private FloorRatioChart() {
    }

    public static String caption() {
        return "Each call over its own machine's C floor: per variant and machine, the call's cost over the same "
                + "call made from C there, so 1× is as cheap as C calling C. Whiskers: the ratio's range over both 99% "
                + "intervals, the cost's and the floor's; a name marked * has a range running off the chart, a point "
                + "without a whisker had no interval, and a machine without the floor of a call has no point there "
                + "(see the table).";
    }

    public static Optional<Chart<?, ?>> create(CrossMachine x) {
        List<CrossMachine.Row> rows = x.rows();
        List<Double> values = rows.stream().flatMap(r -> r.entries().stream())
                .flatMap(e -> e.ratio().stream()).map(FloorRatio::value).filter(v -> v > 0).toList();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        // The points' span: from a decade below the smallest ratio to twice the largest. A whisker beyond
        // it is cut at its edge, and its row's name says so.
        double dataMin = Math.pow(10, Math.floor(Math.log10(values.stream().mapToDouble(v -> v).min().orElseThrow() / 1.5)));
        double axisMax = Math.max(2, values.stream().mapToDouble(v -> v).max().orElseThrow() * 2);
        // one line per call's heading and per row, top to bottom
        List<String> labels = new ArrayList<>();
        List<Integer> headings = new ArrayList<>();
        Map<CrossMachine.Row, Integer> line = new HashMap<>();
        CrossMachine.Call call = null;
        for (CrossMachine.Row r : rows) {
            if (!r.call().equals(call)) {
                call = r.call();
                headings.add(labels.size());
                labels.add(r.call().label());
            }
            line.put(r, labels.size());
            labels.add(INDENT + r.variant());
        }
        int lines = labels.size();
        // create
        XYChart chart = new XYChartBuilder().width(Style.WIDTH).height(150 + ROW_PIXELS * lines)
                .title("Each call over its machine's C floor")
                .xAxisTitle("× the same call made from C on the same machine (log scale; lower is better)")
                .yAxisTitle("").build();
        // customise
        Style.apply(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setYAxisTicksVisible(false);
        chart.getStyler().setYAxisMin(-0.5);
        chart.getStyler().setYAxisMax(lines - 0.5);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("0.##'×'");
        chart.getStyler().setAnnotationTextFont(LABEL_FONT);
        chart.getStyler().setAnnotationTextFontColor(Style.TEXT);
        chart.getStyler().setAnnotationLineColor(new Color(210, 210, 210));
        chart.getStyler().setAnnotationLineStroke(new BasicStroke(1f));
        // series: per machine, one series of points (its legend entry) and a line per range
        Set<Integer> cut = new HashSet<>();
        int machines = x.machines().size();
        double spread = Math.min(0.3, 0.7 / machines);
        for (int i = 0; i < machines; i++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (CrossMachine.Row r : rows) {
                Optional<FloorRatio> ratio = r.entries().get(i).ratio();
                if (ratio.isEmpty() || ratio.get().value() <= 0) {
                    continue;
                }
                FloorRatio q = ratio.get();
                // machine 1 on top within its row, as in the legend
                double y = lines - 1 - line.get(r) + spread * ((machines - 1) / 2.0 - i);
                xs.add(q.value());
                ys.add(y);
                if (q.rangeKnown()) {
                    if (q.low() < dataMin || q.high() > axisMax) {
                        cut.add(line.get(r));
                    }
                    XYSeries range = chart.addSeries("range " + i + " " + line.get(r),
                            new double[] {Math.max(dataMin, q.low()), Math.min(axisMax, q.high())}, new double[] {y, y});
                    range.setMarker(SeriesMarkers.NONE);
                    range.setLineColor(Style.machine(i));
                    range.setLineStyle(new BasicStroke(1.8f));
                    range.setShowInLegend(false);
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            XYSeries points = chart.addSeries(CrossMachine.label(i) + ": " + x.machines().get(i).name(), xs, ys);
            points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            points.setMarker(MARKERS[i % MARKERS.length]);
            points.setMarkerColor(Style.machine(i));
        }
        cut.forEach(k -> labels.set(k, labels.get(k) + " *"));
        // The rows' names in a column left of the points, drawn as text: XChart's custom tick labels draw
        // nothing, or never return, unless every tick it tries formats differently. The axis reaches as
        // far left of the points as the longest name needs.
        double column = 30 + labels.stream().mapToDouble(FloorRatioChart::pixels).max().orElseThrow();
        double decadesPerPixel = Math.log10(axisMax / dataMin) / (PLOT_PIXELS - column);
        double axisMin = dataMin / Math.pow(10, decadesPerPixel * column);
        chart.getStyler().setXAxisMin(axisMin);
        chart.getStyler().setXAxisMax(axisMax);
        for (int k = 0; k < lines; k++) {
            double center = 6 + pixels(labels.get(k)) / 2;
            chart.addAnnotation(new AnnotationText(labels.get(k), axisMin * Math.pow(10, decadesPerPixel * center),
                    lines - 1 - k, false));
        }
        // the grid: a line at each decade but the floor's (none in the names' column), a rule above each call but the first
        for (int k = (int) Math.round(Math.log10(dataMin)); Math.pow(10, k) <= axisMax; k++) {
            if (k != 0) {
                chart.addAnnotation(new AnnotationLine(Math.pow(10, k), true, false));
            }
        }
        headings.stream().filter(h -> h > 0)
                .forEach(h -> chart.addAnnotation(new AnnotationLine(lines - 1 - h + 0.5, false, false)));
        // the floor itself, darker than the grid, named on the first heading's line (which has no points)
        XYSeries floor = chart.addSeries("1× = the C floor", new double[] {1, 1}, new double[] {-0.5, lines - 0.5});
        floor.setMarker(SeriesMarkers.NONE);
        floor.setLineColor(Style.FLOOR);
        floor.setLineStyle(new BasicStroke(1.5f));
        floor.setShowInLegend(false);
        String name = "1× = the C floor";
        chart.addAnnotation(new AnnotationText(name, Math.pow(10, decadesPerPixel * (8 + pixels(name) / 2)), lines - 1, false));
        return Optional.of(chart);
    }

    /** How wide a label is drawn, in pixels. */
    private static double pixels(String text) {
        return LABEL_FONT.getStringBounds(text, new FontRenderContext(null, true, true)).getWidth();
    }
}
