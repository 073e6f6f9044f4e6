package io.fibbench.report.run;

import io.fibbench.report.model.ResultsFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a run's spare time buys the most precision: after the planned forks, which cells get one
 * more fork next. A cell is one benchmark, variant, parameter value and JDK; its precision is the
 * half-width of its interval over fork means relative to its score, as the report computes it.
 *
 * <p>Each target in turn (5%, then 15%): the cells above it whose spread says they can reach it
 * within {@link Profile.Refine#maxForks()} get a fork each, those needing the fewest more forks
 * first, as many as the time left allows. A cell whose forks disagree too much for the target is
 * left as it is rather than given forks that would not bring it there. Forks per cell then differ:
 * stopping once an interval is narrow makes a narrow interval slightly optimistic (simulated with
 * normal noise and 3 or 4 first forks, a 99% interval covered the mean 98 to 99% of the time).
 */
public final class Refinement {

    /** One cell's forks so far (each fork's iteration values), and what one more fork of it costs. */
    public record Cell<K>(K key, List<List<Double>> forks, double secondsPerFork) {

        /** The interval's half-width relative to the score; infinite with fewer than 2 forks. */
        double relativeError() {
            if (forks.size() < 2) {
                return Double.POSITIVE_INFINITY;
            }
            double mean = forks.stream().mapToDouble(f -> f.stream().mapToDouble(Double::doubleValue).average()
                    .orElse(Double.NaN)).average().orElse(Double.NaN);
            return ResultsFile.acrossForks(forks) / Math.abs(mean);
        }

        /** The forks it would take, at the spread seen so far, to bring the interval to {@code target}; 0 if never within {@code max}. */
        int forksFor(double target, int max) {
            double spread = relativeError() * Math.sqrt(forks.size()) / ResultsFile.tQuantile(forks.size());
            for (int n = forks.size() + 1; n <= max; n++) {
                if (ResultsFile.tQuantile(n) * spread / Math.sqrt(n) <= target) {
                    return n;
                }
            }
            return 0;
        }
    }

    private Refinement() {
    }

    /** The cells to give one more fork now, within {@code secondsLeft}; empty when none is worth one. */
    public static <K> List<Cell<K>> next(List<Cell<K>> cells, Profile.Refine refine, double secondsLeft) {
        for (double target : refine.targets()) {
            List<Cell<K>> wanting = new ArrayList<>();
            for (Cell<K> c : cells) {
                if (c.forks().size() >= 2 && c.forks().size() < refine.maxForks() && c.relativeError() > target
                        && c.forksFor(target, refine.maxForks()) > 0) {
                    wanting.add(c);
                }
            }
            if (wanting.isEmpty()) {
                continue;
            }
            wanting.sort(Comparator.comparingInt((Cell<K> c) -> c.forksFor(target, refine.maxForks()) - c.forks().size())
                    .thenComparing(Comparator.comparingDouble((Cell<K> c) -> c.relativeError()).reversed()));
            List<Cell<K>> chosen = new ArrayList<>();
            double seconds = 0;
            for (Cell<K> c : wanting) {
                if (seconds + c.secondsPerFork() > secondsLeft) {
                    break;
                }
                seconds += c.secondsPerFork();
                chosen.add(c);
            }
            return chosen;
        }
        return List.of();
    }
}
