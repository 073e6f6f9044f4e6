package io.fibbench.report.render.charts;

import io.fibbench.bench.Scenario;
import io.fibbench.report.model.Measurement;
import io.fibbench.report.render.ReportData;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Passing the largest array measured, from the heap and from native memory, per variant. */
final class ArraysChart implements ReportChart {

    @Override
    public String name() {
        return "arrays";
    }

    @Override
    public String caption() {
        return "Nanoseconds per fib_sum call over the largest array measured: a Java heap array (copied, pinned or "
                + "read in place, as the mechanism does) against the mechanism's own native memory (passed as is).";
    }

    @Override
    public String whenMissing() {
        return "Arrays were not measured: the quick profile skips them; use --profile default.";
    }

    @Override
    public Optional<Chart<?, ?>> create(ReportData data) {
        int jdk = data.primaryJdk();
        List<Integer> counts = data.ns(Scenario.ARRAYS_HEAP);
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        Integer count = counts.get(counts.size() - 1);
        List<String> variants = data.variants(Scenario.ARRAYS_HEAP, jdk);
        // create
        CategoryChart chart = new CategoryChartBuilder().width(Style.WIDTH).height(Style.HEIGHT)
                .title("Summing " + count + " longs in C on JDK " + jdk).xAxisTitle("variant")
                .yAxisTitle("ns per call (lower is better)").build();
        // customise
        Style.apply(chart.getStyler());
        chart.getStyler().setXAxisLabelRotation(30);
        chart.getStyler().setYAxisMin(0.0);
        // series: heap, then off-heap
        for (Scenario scenario : List.of(Scenario.ARRAYS_HEAP, Scenario.ARRAYS_OFF_HEAP)) {
            List<Double> values = variants.stream()
                    .map(v -> data.measurements.stream()
                            .filter(m -> m.is(scenario) && m.variant().equals(v)
                                    && Objects.equals(m.n(), count) && m.jdk() == jdk)
                            .mapToDouble(Measurement::score).findFirst().orElse(0))
                    .toList();
            chart.addSeries(scenario == Scenario.ARRAYS_HEAP ? "Java heap array" : "native memory", variants, values);
        }
        return Optional.of(chart);
    }
}
