package io.fibbench.report.render.charts;

import io.fibbench.bench.Scenario;
import io.fibbench.report.model.Measurement;
import io.fibbench.report.render.ReportData;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;

/** fib(20) calls per microsecond from 1 thread and from one per core: which mechanisms scale. */
final class ScalingChart implements ReportChart {

    @Override
    public String name() {
        return "threads";
    }

    @Override
    public String caption() {
        return "fib(20) calls per microsecond, all threads together, from 1 thread and from one thread per core: "
                + "a variant that scales doubles its bar on 2 cores.";
    }

    @Override
    public Optional<Chart<?, ?>> create(ReportData data) {
        int jdk = data.primaryJdk();
        List<Measurement> ms = data.measurements.stream()
                .filter(m -> m.is(Scenario.SCALING) && m.jdk() == jdk)
                .toList();
        if (ms.isEmpty()) {
            return Optional.empty();
        }
        List<String> variants = ms.stream().map(Measurement::variant).distinct().toList();
        // create
        CategoryChart chart = new CategoryChartBuilder().width(Style.WIDTH).height(Style.HEIGHT)
                .title("Calls from several threads on JDK " + jdk).xAxisTitle("variant")
                .yAxisTitle("calls per µs (higher is better)").build();
        // customise
        Style.apply(chart.getStyler());
        chart.getStyler().setXAxisLabelRotation(30);
        chart.getStyler().setYAxisMin(0.0);
        // series: one per thread count
        for (int threads : new TreeSet<>(ms.stream().map(Measurement::threads).toList())) {
            List<Double> values = variants.stream()
                    .map(v -> ms.stream().filter(m -> m.variant().equals(v) && m.threads() == threads)
                            .mapToDouble(Measurement::score).findFirst().orElse(0))
                    .toList();
            chart.addSeries(threads == 1 ? "1 thread" : threads + " threads", variants, values);
        }
        return Optional.of(chart);
    }

    @Override
    public String whenMissing() {
        return "Threads were not measured: the quick profile skips them; use --profile default.";
    }
}
