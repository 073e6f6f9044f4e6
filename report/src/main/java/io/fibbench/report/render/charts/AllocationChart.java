package io.fibbench.report.render.charts;

import io.fibbench.bench.Scenario;
import io.fibbench.report.model.Measurement;
import io.fibbench.report.render.ReportData;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.internal.chartpart.Chart;

/** Garbage per call (JMH's gc profiler): the cost a throughput chart hides until the GC runs. */
final class AllocationChart implements ReportChart {

    @Override
    public String name() {
        return "allocation";
    }

    @Override
    public String caption() {
        return "Bytes allocated on the Java heap per noop() call (JMH -prof gc, gc.alloc.rate.norm). "
                + "Measured by the default and full profiles.";
    }

    @Override
    public Optional<Chart<?, ?>> create(ReportData data) {
        int jdk = data.primaryJdk();
        List<Measurement> ms = data.measurements.stream()
                .filter(m -> m.is(Scenario.OVERHEAD) && m.jdk() == jdk && !Double.isNaN(m.allocation()))
                .sorted(Comparator.comparingDouble(Measurement::allocation))
                .toList();
        return ms.isEmpty() ? Optional.empty()
                : Optional.of(BarChart.of("Allocation per call on JDK " + jdk, "bytes per call", ms,
                        Measurement::allocation, false));
    }

    @Override
    public String whenMissing() {
        return "Allocation was not measured: the quick profile skips JMH's gc profiler; use --profile default.";
    }
}
