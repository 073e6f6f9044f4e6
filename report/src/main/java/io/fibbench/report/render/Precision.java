package io.fibbench.report.render;

import io.fibbench.bench.Scenario;
import io.fibbench.report.model.Measurement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * How precise a run's call costs are: the share of cells whose interval is within 5% (and 15%) of the
 * score, and the worst cells. What counts as a call-cost cell is every variant's noop, fib(n) sweep,
 * seed batch, arrays and per-upcall cost (pure Java included, the C floor not: it is timed by C).
 */
final class Precision {

    /** The call costs counted as measured; the upcalls count per upcall (derived from their benchmark). */
    static final Set<Scenario> CALL_COSTS = java.util.Arrays.stream(Scenario.values())
            .filter(s -> s.callCost() && s != Scenario.UPCALLS).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Cells within 5% and 15%, the median relative error, and the cells ordered worst first. */
    record Summary(int cells, int within5, int within15, double median, List<Measurement> worstFirst) {
    }

    private Precision() {
    }

    static Summary of(List<Measurement> cells) {
        List<Measurement> sorted = new ArrayList<>(cells);
        // an unknown error is the worst there is
        sorted.sort(Comparator.comparingDouble((Measurement m) -> Double.isNaN(m.error()) ? Double.POSITIVE_INFINITY
                : m.relativeError()).reversed());
        int within5 = (int) cells.stream().filter(m -> m.relativeError() <= 0.05).count();
        int within15 = (int) cells.stream().filter(m -> m.relativeError() <= 0.15).count();
        double[] rel = cells.stream().mapToDouble(m -> Double.isNaN(m.error()) ? Double.POSITIVE_INFINITY
                : m.relativeError()).sorted().toArray();
        double median = rel.length == 0 ? Double.NaN
                : rel.length % 2 == 1 ? rel[rel.length / 2] : (rel[rel.length / 2 - 1] + rel[rel.length / 2]) / 2;
        return new Summary(cells.size(), within5, within15, median, sorted);
    }
}
