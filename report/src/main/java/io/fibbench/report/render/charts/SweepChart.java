package io.fibbench.report.render.charts;

import io.fibbench.bench.Scenario;
import io.fibbench.report.model.Measurement;
import io.fibbench.report.render.ReportData;
import java.awt.BasicStroke;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Cost per call against n, log scale: where each line meets the C floor, call overhead has stopped mattering. */
final class SweepChart implements ReportChart {

    @Override
    public String name() {
        return "sweep";
    }

    @Override
    public String caption() {
        return "Nanoseconds per fib(n) call as n grows (log scale). Pure Java and the C floor are the thick reference lines.";
    }

    @Override
    public Optional<Chart<?, ?>> create(ReportData data) {
        int jdk = data.primaryJdk();
        List<String> variants = data.variants(Scenario.SWEEP, jdk);
        if (variants.isEmpty()) {
            return Optional.empty();
        }
        // create
        XYChart chart = new XYChartBuilder().width(Style.WIDTH).height(Style.HEIGHT)
                .title("Cost per call of fib(n) on JDK " + jdk).xAxisTitle("n").yAxisTitle("ns per call (log)").build();
        // customise
        Style.apply(chart.getStyler());
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("0");
        // series
        for (String v : variants) {
            List<Measurement> points = data.ns(Scenario.SWEEP).stream()
                    .map(n -> data.find(Scenario.SWEEP, v, n, jdk))
                    .flatMap(Optional::stream)
                    .toList();
            XYSeries s = chart.addSeries(v, points.stream().map(Measurement::n).toList(),
                    points.stream().map(Measurement::score).toList());
            if (v.equals(Measurement.C_FLOOR) || v.equals(Measurement.PURE_JAVA)) {
                s.setLineStyle(new BasicStroke(4f));
                s.setLineColor(Style.color(v));
                s.setMarkerColor(Style.color(v));
                s.setMarker(SeriesMarkers.SQUARE);
                if (v.equals(Measurement.C_FLOOR)) {
                    s.setLineStyle(new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {10f, 6f}, 0f));
                    s.setLineColor(Style.FLOOR);
                }
            }
        }
        return Optional.of(chart);
    }
}
