package io.fibbench.report.render.charts;

import io.fibbench.report.model.Measurement;
import io.fibbench.report.render.CallShapes;
import io.fibbench.report.render.ReportData;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;

/** fib(n) alone, with eight arguments, and with errno read, per variant: what a call's shape adds. */
final class CallShapesChart implements ReportChart {

    @Override
    public String name() {
        return "call-shapes";
    }

    @Override
    public String caption() {
        return "Nanoseconds per call: fib(n) with its one argument (from the sweep), fib_mixed with eight, and "
                + "fib_errno with errno read the mechanism's way, each with its 99% interval over forks. Only variants "
                + "with all three measured are drawn; the table below has every one, and the fast variants' figures, which "
                + "this linear axis, scaled to JNA's, shows only as small bars. (A log axis here drew XChart's whiskers "
                + "at the wrong length.)";
    }

    @Override
    public String whenMissing() {
        return "Eight arguments and errno were not measured: the quick profile skips them; use --profile default.";
    }

    @Override
    public Optional<Chart<?, ?>> create(ReportData data) {
        int jdk = data.primaryJdk();
        List<CallShapes.Shape> shapes = CallShapes.of(data, jdk).stream()
                .filter(s -> s.one().isPresent() && s.eight().isPresent() && s.errno().isPresent()).toList();
        if (shapes.isEmpty()) {
            return Optional.empty();
        }
        List<String> variants = shapes.stream().map(CallShapes.Shape::variant).toList();
        // create
        CategoryChart chart = new CategoryChartBuilder().width(Style.WIDTH).height(Style.HEIGHT)
                .title("A call's shape on JDK " + jdk).xAxisTitle("variant")
                .yAxisTitle("ns per call (lower is better)").build();
        // customise
        Style.apply(chart.getStyler());
        chart.getStyler().setXAxisLabelRotation(30);
        chart.getStyler().setYAxisMin(0.0);
        // series
        series(chart, "1 argument", variants, shapes, s -> s.one().orElseThrow());
        series(chart, "8 arguments", variants, shapes, s -> s.eight().orElseThrow());
        series(chart, "errno read", variants, shapes, s -> s.errno().orElseThrow());
        return Optional.of(chart);
    }

    private static void series(CategoryChart chart, String name, List<String> variants, List<CallShapes.Shape> shapes,
                               Function<CallShapes.Shape, Measurement> pick) {
        List<Measurement> ms = shapes.stream().map(pick).toList();
        chart.addSeries(name, variants, ms.stream().map(Measurement::score).toList(),
                ms.stream().map(m -> Double.isNaN(m.error()) ? 0.0 : m.error()).toList());
    }
}
