package io.fibbench.report.render.charts;

import io.fibbench.bench.Scenario;
import io.fibbench.report.model.Measurement;
import io.fibbench.report.render.Format;
import io.fibbench.report.render.ReportData;
import java.awt.BasicStroke;
import java.awt.Font;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The seed's chart: seconds for 1,000,000 fib(n) calls per variant, fastest on top. XChart has no
 * horizontal bar chart, so each bar is a thick XY line from 0 to the score, with JMH's error as a
 * thin line across its end.
 */
final class SeedChart implements ReportChart {

    @Override
    public String name() {
        return "seed";
    }

    @Override
    public String caption() {
        return "Seconds for 1,000,000 calls of fib(n), fastest first (pure Java and the C floor included); "
                + "whiskers: the 99% interval over fork means; a label says when its whisker runs off the chart.";
    }

    @Override
    public Optional<Chart<?, ?>> create(ReportData data) {
        int jdk = data.primaryJdk();
        List<Measurement> ms = data.measurements.stream()
                .filter(m -> m.is(Scenario.SEED_BATCH) && (m.isFloor() || m.jdk() == jdk))
                .sorted(Comparator.comparingDouble(Measurement::score).reversed())
                .toList();
        if (ms.isEmpty()) {
            return Optional.empty();
        }
        double max = ms.stream().mapToDouble(Measurement::score).max().orElse(1);
        double axisMax = max * 1.45; // room for the labels; a whisker beyond it is cut at the edge
        // create
        XYChart chart = new XYChartBuilder().width(Style.WIDTH).height(Math.max(Style.HEIGHT, 80 + 40 * ms.size()))
                .title("1,000,000 calls of fib(" + ms.get(0).n() + ") on JDK " + jdk)
                .xAxisTitle("seconds (lower is better)").yAxisTitle("").build();
        // customise
        Style.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(axisMax);
        chart.getStyler().setYAxisMin(-0.6);
        chart.getStyler().setYAxisMax(ms.size() - 0.4);
        chart.getStyler().setYAxisTicksVisible(false);
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        chart.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        chart.getStyler().setAnnotationTextFontColor(Style.TEXT);
        double unitsPerPixel = axisMax / (Style.WIDTH - 60);
        // series
        for (int i = 0; i < ms.size(); i++) {
            Measurement m = ms.get(i);
            XYSeries bar = chart.addSeries(m.variant(), new double[] {0, m.score()}, new double[] {i, i});
            bar.setMarker(SeriesMarkers.NONE);
            bar.setLineStyle(new BasicStroke(Math.min(24f, 280f / ms.size()), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            bar.setLineColor(Style.color(m.variant()));
            double end = m.score();
            if (!Double.isNaN(m.error())) {
                end = Math.min(axisMax, m.score() + m.error());
                XYSeries err = chart.addSeries(m.variant() + " error",
                        new double[] {Math.max(0, m.score() - m.error()), end}, new double[] {i, i});
                err.setMarker(SeriesMarkers.NONE);
                err.setLineColor(Style.TEXT);
                err.setLineStyle(new BasicStroke(1.5f));
            }
            boolean cut = !Double.isNaN(m.error()) && (m.score() + m.error() > axisMax || m.score() - m.error() < 0);
            String text = m.variant() + "  " + Format.seconds(m.score())
                    + (Double.isNaN(m.error()) ? "" : " ± " + Format.seconds(m.error())) + (cut ? " (interval off the chart)" : "");
            double x = Math.min(end, axisMax * 0.7) + unitsPerPixel * (10 + 3.8 * text.length());
            chart.addAnnotation(new AnnotationText(text, x, i, false));
        }
        return Optional.of(chart);
    }

}
