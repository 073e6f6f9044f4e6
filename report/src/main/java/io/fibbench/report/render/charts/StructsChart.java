package io.fibbench.report.render.charts;

import io.fibbench.bench.Scenario;
import io.fibbench.report.model.Measurement;
import io.fibbench.report.render.ReportData;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;

/** The 32-byte struct, by value and through a pointer, per variant. */
final class StructsChart implements ReportChart {

    @Override
    public String name() {
        return "structs";
    }

    @Override
    public String caption() {
        return "Nanoseconds per call for the 32-byte struct (fib_quad), returned by value and written through a "
                + "pointer, each with its 99% interval over forks. A variant that cannot return a struct by value "
                + "shows no bar there (see the structs table); the 16-byte struct is in the table.";
    }

    @Override
    public String whenMissing() {
        return "Structs were not measured: the quick profile skips them; use --profile default.";
    }

    @Override
    public Optional<Chart<?, ?>> create(ReportData data) {
        int jdk = data.primaryJdk();
        List<Integer> ns = data.ns(Scenario.STRUCT_QUAD_FILLED);
        if (ns.isEmpty()) {
            return Optional.empty();
        }
        Integer n = ns.get(0);
        List<String> variants = data.variants(Scenario.STRUCT_QUAD_FILLED, jdk);
        // create
        CategoryChart chart = new CategoryChartBuilder().width(Style.WIDTH).height(Style.HEIGHT)
                .title("A 32-byte struct on JDK " + jdk).xAxisTitle("variant")
                .yAxisTitle("ns per call (lower is better)").build();
        // customise
        Style.apply(chart.getStyler());
        chart.getStyler().setXAxisLabelRotation(30);
        chart.getStyler().setYAxisMin(0.0);
        // series: by value (0 where the variant cannot), then through a pointer
        for (Scenario scenario : List.of(Scenario.STRUCT_QUAD, Scenario.STRUCT_QUAD_FILLED)) {
            List<Optional<Measurement>> ms = variants.stream().map(v -> data.find(scenario, v, n, jdk)).toList();
            chart.addSeries(scenario == Scenario.STRUCT_QUAD ? "returned by value" : "written through a pointer", variants,
                    ms.stream().map(m -> m.map(Measurement::score).orElse(0.0)).toList(),
                    ms.stream().map(m -> m.map(x -> Double.isNaN(x.error()) ? 0.0 : x.error()).orElse(0.0)).toList());
        }
        return Optional.of(chart);
    }
}
