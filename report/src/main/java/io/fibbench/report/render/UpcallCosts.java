package io.fibbench.report.render;

import io.fibbench.bench.Scenario;
import io.fibbench.report.model.Measurement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What one upcall costs, derived from Upcalls.each: (each(k) - each(0)) / k for the largest k
 * measured, so the downcall and its callback set-up, which each(0) pays alone, drop out.
 */
public final class UpcallCosts {


    /** One variant's costs: the downcall alone (each(0)) and each upcall, each with its interval. */
    public record Cost(Measurement alone, Measurement full, Measurement perUpcall) {
    }

    private UpcallCosts() {
    }

    /** Every variant with both counts measured on {@code jdk} (the C floor included), cheapest upcall first. */
    public static List<Cost> of(ReportData data, int jdk) {
        List<Integer> counts = data.ns(Scenario.UPCALLS);
        if (counts.size() < 2 || counts.get(0) != 0) {
            return List.of();
        }
        int k = counts.get(counts.size() - 1);
        List<Cost> costs = new ArrayList<>();
        for (String v : data.variants(Scenario.UPCALLS, jdk)) {
            Optional<Measurement> alone = data.find(Scenario.UPCALLS, v, 0, jdk);
            Optional<Measurement> full = data.find(Scenario.UPCALLS, v, k, jdk);
            if (alone.isPresent() && full.isPresent()) {
                costs.add(new Cost(alone.get(), full.get(), perUpcall(alone.get(), full.get(), k)));
            }
        }
        costs.sort(Comparator.comparingDouble(c -> c.perUpcall().score()));
        return costs;
    }

    /** A derived measurement; its error adds both errors in quadrature, as for independent samples. */
    private static Measurement perUpcall(Measurement alone, Measurement full, int k) {
        double score = (full.score() - alone.score()) / k;
        double error = Math.sqrt(square(full.error()) + square(alone.error())) / k;
        return new Measurement(full.benchmark() + " per upcall", Scenario.UPCALLS.id() + " per upcall", full.mode(), full.variant(),
                k, full.jdk(), full.jdkVersion(), score, error, full.unit(), full.forks(), Double.NaN, full.threads());
    }

    private static double square(double v) {
        return v * v;
    }
}
