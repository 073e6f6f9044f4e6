package io.fibbench.report.render.charts;

import io.fibbench.report.model.Measurement;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;

/** A one-series bar chart of variants, the shape three of the report's charts share. */
final class BarChart {

    private BarChart() {
    }

    static CategoryChart of(String title, String yTitle, List<Measurement> ms, ToDoubleFunction<Measurement> value,
                            boolean withErrors) {
        // A noisy run's whisker can dwarf every bar: it is cut at the edge, and its bar's name says so.
        double axisMax = 1.5 * ms.stream().mapToDouble(value).max().orElse(1);
        List<String> names = ms.stream().map(m -> withErrors && cut(m, value.applyAsDouble(m), axisMax)
                ? m.variant() + " *" : m.variant()).toList();
        boolean anyCut = names.stream().anyMatch(n -> n.endsWith(" *"));
        // create
        CategoryChart chart = new CategoryChartBuilder().width(Style.WIDTH).height(Style.HEIGHT)
                .title(anyCut ? title + " (* interval cut at the chart's edge: see the tables)" : title)
                .xAxisTitle("variant").yAxisTitle(yTitle).build();
        // customise
        Style.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(30);
        chart.getStyler().setAvailableSpaceFill(0.6);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(axisMax);
        // series
        List<Double> values = ms.stream().map(value::applyAsDouble).toList();
        CategorySeries s = withErrors
                ? chart.addSeries(yTitle, names, values, ms.stream().map(m -> Double.isNaN(m.error()) ? 0.0 : m.error()).toList())
                : chart.addSeries(yTitle, names, values);
        s.setFillColor(Style.NATIVE);
        return chart;
    }

    /** Whether the interval reaches past the top of the axis or below zero, where the chart cannot draw it. */
    private static boolean cut(Measurement m, double shown, double axisMax) {
        return !Double.isNaN(m.error()) && (shown + m.error() > axisMax || shown - m.error() < 0);
    }
}
