package io.fibbench.report.render.charts;

import io.fibbench.bench.Scenario;
import io.fibbench.report.model.Measurement;
import io.fibbench.report.render.ReportData;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Each variant on each JDK, side by side: what a JDK upgrade does to a binding's call overhead. */
final class JdkChart implements ReportChart {

    @Override
    public String name() {
        return "jdks";
    }

    @Override
    public String caption() {
        return "Call overhead (noop, ns per call) of each variant on each JDK measured. A variant missing on a JDK "
                + "could not run there (see the table of unavailable variants).";
    }

    @Override
    public Optional<Chart<?, ?>> create(ReportData data) {
        List<Integer> jdks = data.jdks();
        if (jdks.size() < 2) {
            return Optional.empty();
        }
        List<String> variants = data.measurements.stream()
                .filter(m -> m.is(Scenario.OVERHEAD) && !m.isFloor())
                .map(Measurement::variant).distinct().toList();
        // create
        CategoryChart chart = new CategoryChartBuilder().width(Style.WIDTH).height(Style.HEIGHT)
                .title("Call overhead per JDK").xAxisTitle("variant").yAxisTitle("ns per call").build();
        // customise
        Style.apply(chart.getStyler());
        chart.getStyler().setXAxisLabelRotation(30);
        chart.getStyler().setYAxisMin(0.0);
        // series: one per JDK; 0 where the variant did not run on it
        for (int jdk : jdks) {
            List<Double> values = variants.stream()
                    .map(v -> data.find(Scenario.OVERHEAD, v, null, jdk).map(Measurement::score).orElse(0.0))
                    .toList();
            chart.addSeries("JDK " + jdk, variants, values);
        }
        return Optional.of(chart);
    }

    @Override
    public String whenMissing() {
        return "Only one JDK was measured: run with --jdk all (or --profile full) to compare JDKs.";
    }
}
