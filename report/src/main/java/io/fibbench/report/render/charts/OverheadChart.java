package io.fibbench.report.render.charts;

import io.fibbench.bench.Scenario;
import io.fibbench.report.model.Measurement;
import io.fibbench.report.render.ReportData;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.internal.chartpart.Chart;

/** What crossing into C costs by itself: noop() per variant, with the C-to-C call as the floor. */
final class OverheadChart implements ReportChart {

    @Override
    public String name() {
        return "overhead";
    }

    @Override
    public String caption() {
        return "Nanoseconds per call of an empty C function (noop), cheapest first; \"c\" is the same call from C, "
                + "\"java\" an empty Java method. Whiskers: the 99% interval over fork means.";
    }

    @Override
    public Optional<Chart<?, ?>> create(ReportData data) {
        int jdk = data.primaryJdk();
        List<Measurement> ms = data.measurements.stream()
                .filter(m -> m.is(Scenario.OVERHEAD) && (m.isFloor() || m.jdk() == jdk))
                .sorted(Comparator.comparingDouble(Measurement::score))
                .toList();
        return ms.isEmpty() ? Optional.empty()
                : Optional.of(BarChart.of("Call overhead (noop) on JDK " + jdk, "ns per call", ms, Measurement::score, true));
    }
}
