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
        // create
        CategoryChart chart = new CategoryChartBuilder().width(Style.WIDTH).height(Style.HEIGHT)
                .title(title).xAxisTitle("variant").yAxisTitle(yTitle).build();
        // customise
        Style.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(30);
        chart.getStyler().setAvailableSpaceFill(0.6);
        chart.getStyler().setYAxisMin(0.0);
        // A noisy run's whisker can dwarf every bar: cut it at the edge (the tables have the full error).
        chart.getStyler().setYAxisMax(1.5 * ms.stream().mapToDouble(value).max().orElse(1));
        // series
        List<String> names = ms.stream().map(Measurement::variant).toList();
        List<Double> values = ms.stream().map(value::applyAsDouble).toList();
        CategorySeries s = withErrors
                ? chart.addSeries(yTitle, names, values, ms.stream().map(m -> Double.isNaN(m.error()) ? 0.0 : m.error()).toList())
                : chart.addSeries(yTitle, names, values);
        s.setFillColor(Style.NATIVE);
        return chart;
    }
}
