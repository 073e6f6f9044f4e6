package io.fibbench.report.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The report's conclusions as pure functions of the numbers, apart from how they are written, so
 * each rule is tested on its own with numbers chosen to sit on either side of it.
 */
final class Findings {

    /** How close counts as "at the C floor" and as "comparable". */
    static final double TOLERANCE = 0.10;

    /** A score and its error half-width (NaN: unknown). */
    record Estimate(String variant, double score, double error) {
    }

    /** Verdicts on whether the C variants agree on one large call. */
    enum Agreement {
        /** Within the tolerance of each other, and every pair's error bars overlap. */
        COMPARABLE,
        /** Within the tolerance, but not every pair's error bars overlap. */
        COMPARABLE_BEYOND_ERRORS,
        /** Apart by more than the tolerance, but the error bars are wider still. */
        INCONCLUSIVE,
        NOT_COMPARABLE
    }

    /** The C variants' large call: who was fastest and slowest, how far apart, and the verdict. */
    record LargeCall(Estimate fastest, Estimate slowest, double spread, Agreement agreement) {
    }

    private Findings() {
    }

    /**
     * The smallest n from which a variant stays within the tolerance of the C floor at every larger n
     * measured, or null when it is not there even at the largest. A missing score ends the run.
     */
    static Integer withinFloorFrom(List<Integer> ns, Map<Integer, Double> variant, Map<Integer, Double> floor) {
        Integer from = null;
        for (int i = ns.size() - 1; i >= 0; i--) {
            Double m = variant.get(ns.get(i));
            Double c = floor.get(ns.get(i));
            if (m == null || c == null || m > (1 + TOLERANCE) * c) {
                break;
            }
            from = ns.get(i);
        }
        return from;
    }

    /** Per n, whether a variant beat pure Java, lost to it, or could not be told apart from it. */
    record Comparison(List<Integer> faster, List<Integer> slower, List<Integer> undecided) {
    }

    /**
     * A variant against pure Java at each n: faster or slower only where the two intervals do not
     * overlap. A missing or unknown interval decides nothing.
     */
    static Comparison againstJava(List<Integer> ns, Map<Integer, Estimate> variant, Map<Integer, Estimate> java) {
        List<Integer> faster = new ArrayList<>();
        List<Integer> slower = new ArrayList<>();
        List<Integer> undecided = new ArrayList<>();
        for (int n : ns) {
            Estimate m = variant.get(n);
            Estimate j = java.get(n);
            if (m == null || j == null) {
                continue;
            }
            if (Double.isNaN(m.error()) || Double.isNaN(j.error()) || overlaps(m, j)) {
                undecided.add(n);
            } else if (m.score() < j.score()) {
                faster.add(n);
            } else {
                slower.add(n);
            }
        }
        return new Comparison(faster, slower, undecided);
    }

    /** Whether the C variants' times for one large call agree; at least two are needed. */
    static LargeCall largeCall(List<Estimate> natives) {
        if (natives.size() < 2) {
            throw new IllegalArgumentException("needs two or more C variants, got " + natives.size());
        }
        Estimate fastest = natives.stream().min(Comparator.comparingDouble(Estimate::score)).orElseThrow();
        Estimate slowest = natives.stream().max(Comparator.comparingDouble(Estimate::score)).orElseThrow();
        double spread = slowest.score() / fastest.score() - 1;
        boolean overlap = natives.stream().allMatch(a -> natives.stream().allMatch(b -> overlaps(a, b)));
        boolean unknown = natives.stream().anyMatch(e -> Double.isNaN(e.error()));
        // An unknown error can support no verdict of a real difference.
        Agreement agreement = unknown && spread > TOLERANCE ? Agreement.INCONCLUSIVE : spread <= TOLERANCE
                ? overlap ? Agreement.COMPARABLE : Agreement.COMPARABLE_BEYOND_ERRORS
                : overlap ? Agreement.INCONCLUSIVE : Agreement.NOT_COMPARABLE;
        return new LargeCall(fastest, slowest, spread, agreement);
    }

    /**
     * The cheapest of several variants, and those it cannot be told from: the one with the lowest score,
     * with every other whose interval overlaps its own. Empty for no estimates.
     */
    static List<Estimate> cheapest(List<Estimate> estimates) {
        Estimate lowest = estimates.stream().min(java.util.Comparator.comparingDouble(Estimate::score)).orElse(null);
        if (lowest == null) {
            return List.of();
        }
        List<Estimate> tied = new java.util.ArrayList<>(List.of(lowest));
        estimates.stream().filter(e -> e != lowest && overlaps(e, lowest)).forEach(tied::add);
        return tied;
    }

    /** Whether two error bars overlap; an unknown error never does. */
    static boolean overlaps(Estimate a, Estimate b) {
        if (Double.isNaN(a.error()) || Double.isNaN(b.error())) {
            return false;
        }
        return overlaps(a.score() - a.error(), a.score() + a.error(), b.score() - b.error(), b.score() + b.error());
    }

    /** Whether two intervals share a point, bounds included: then the two cannot be told apart. */
    static boolean overlaps(double aLow, double aHigh, double bLow, double bHigh) {
        return aLow <= bHigh && bLow <= aHigh;
    }
}
