package io.fibbench.report.render.charts;

import io.fibbench.bench.Scenario;
import io.fibbench.report.model.Measurement;
import io.fibbench.report.render.ReportData;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.internal.chartpart.Chart;

/** What the first call costs in a fresh JVM: the price a short-lived program pays every time. */
final class FirstCallChart implements ReportChart {

    @Override
    public String name() {
        return "first-call";
    }

    @Override
    public String caption() {
        return "Milliseconds from a fresh JVM to the first correct fib(92) through each variant (class loading, "
                + "library extraction and loading, linking, stubs); one cold shot per fork.";
    }

    @Override
    public Optional<Chart<?, ?>> create(ReportData data) {
        int jdk = data.primaryJdk();
        List<Measurement> ms = data.measurements.stream()
                .filter(m -> m.is(Scenario.FIRST_CALL) && m.jdk() == jdk)
                .sorted(Comparator.comparingDouble(Measurement::score))
                .toList();
        return ms.isEmpty() ? Optional.empty()
                : Optional.of(BarChart.of("First call on JDK " + jdk, "milliseconds", ms, Measurement::score, true));
    }

    @Override
    public String whenMissing() {
        return "First-call cost was not measured: the quick profile skips it; use --profile default.";
    }
}
