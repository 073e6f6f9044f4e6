package io.fibbench.report.render.charts;

import io.fibbench.bench.Scenario;
import io.fibbench.report.model.Measurement;
import io.fibbench.report.render.ReportData;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;

/** The longest text measured, into C and back, per variant. */
final class StringsChart implements ReportChart {

    @Override
    public String name() {
        return "strings";
    }

    @Override
    public String caption() {
        return "Nanoseconds per call with the longest text measured: a Java String into C as a C string, and C's text "
                + "back as a String, each with its 99% interval over forks. Only variants with both measured are drawn.";
    }

    @Override
    public String whenMissing() {
        return "Strings were not measured: the quick profile skips them; use --profile default.";
    }

    @Override
    public Optional<Chart<?, ?>> create(ReportData data) {
        int jdk = data.primaryJdk();
        List<Integer> lengths = data.ns(Scenario.STRINGS_TO_C);
        if (lengths.isEmpty()) {
            return Optional.empty();
        }
        Integer length = lengths.get(lengths.size() - 1);
        List<String> variants = data.variants(Scenario.STRINGS_TO_C, jdk).stream()
                .filter(v -> data.find(Scenario.STRINGS_FROM_C, v, length, jdk).isPresent()).toList();
        if (variants.isEmpty()) {
            return Optional.empty();
        }
        // create
        CategoryChart chart = new CategoryChartBuilder().width(Style.WIDTH).height(Style.HEIGHT)
                .title("Text of " + length + " bytes across the boundary on JDK " + jdk).xAxisTitle("variant")
                .yAxisTitle("ns per call (lower is better)").build();
        // customise
        Style.apply(chart.getStyler());
        chart.getStyler().setXAxisLabelRotation(30);
        chart.getStyler().setYAxisMin(0.0);
        // series: into C, then back
        for (Scenario scenario : List.of(Scenario.STRINGS_TO_C, Scenario.STRINGS_FROM_C)) {
            List<Measurement> ms = variants.stream().map(v -> data.find(scenario, v, length, jdk).orElseThrow()).toList();
            chart.addSeries(scenario == Scenario.STRINGS_TO_C ? "String into C" : "C's text into a String", variants,
                    ms.stream().map(Measurement::score).toList(),
                    ms.stream().map(m -> Double.isNaN(m.error()) ? 0.0 : m.error()).toList());
        }
        return Optional.of(chart);
    }
}
