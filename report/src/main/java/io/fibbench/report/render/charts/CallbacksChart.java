package io.fibbench.report.render.charts;

import io.fibbench.report.model.Measurement;
import io.fibbench.report.render.ReportData;
import io.fibbench.report.render.UpcallCosts;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.internal.chartpart.Chart;

/** What one call from C back into Java costs, per variant. */
final class CallbacksChart implements ReportChart {

    @Override
    public String name() {
        return "callbacks";
    }

    @Override
    public String caption() {
        return "Nanoseconds per upcall: C's fib_each calls a Java callback 64 times; the cost of the same call with "
                + "no upcall is subtracted. Error bars: the root-sum-square of both measurements' errors, divided by 64.";
    }

    @Override
    public String whenMissing() {
        return "Callbacks were not measured: the quick profile skips them; use --profile default.";
    }

    @Override
    public Optional<Chart<?, ?>> create(ReportData data) {
        int jdk = data.primaryJdk();
        List<Measurement> ms = UpcallCosts.of(data, jdk).stream().map(UpcallCosts.Cost::perUpcall).toList();
        return ms.isEmpty() ? Optional.empty()
                : Optional.of(BarChart.of("One upcall (C calling Java) on JDK " + jdk, "ns per upcall (lower is better)",
                        ms, Measurement::score, true));
    }
}
