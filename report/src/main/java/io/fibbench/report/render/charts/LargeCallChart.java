package io.fibbench.report.render.charts;

import io.fibbench.bench.Scenario;
import io.fibbench.report.model.Measurement;
import io.fibbench.report.render.ReportData;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.knowm.xchart.internal.chartpart.Chart;

/** One large call: the naive recursive fib at the largest n measured; call overhead vanishes here. */
final class LargeCallChart implements ReportChart {

    @Override
    public String name() {
        return "large-call";
    }

    @Override
    public String caption() {
        return "Seconds for one call of the naive recursive fib(n) at the largest n measured: the work dwarfs the call, "
                + "so the C variants should meet at gcc's time; pure Java shows what the JIT makes of the recursion.";
    }

    @Override
    public Optional<Chart<?, ?>> create(ReportData data) {
        int jdk = data.primaryJdk();
        List<Integer> ns = data.ns(Scenario.LARGE_CALL);
        if (ns.isEmpty()) {
            return Optional.empty();
        }
        Integer n = ns.get(ns.size() - 1);
        List<Measurement> ms = data.measurements.stream()
                .filter(m -> m.is(Scenario.LARGE_CALL) && Objects.equals(m.n(), n)
                        && (m.isFloor() || m.jdk() == jdk))
                .sorted(Comparator.comparingDouble(Measurement::score))
                .toList();
        return Optional.of(BarChart.of("One call of fibRecursive(" + n + ") on JDK " + jdk, "seconds", ms,
                Measurement::score, true));
    }
}
