package io.fibbench.report.render;

import io.fibbench.bench.Scenario;
import io.fibbench.report.model.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a call's shape adds to fib(n) alone, per variant: seven more arguments (ManyArguments against
 * Sweep.fib at the same n), and reading errno (Errno against the same). Both sides come from the same
 * run; a difference's error adds both errors in quadrature, as for independent samples.
 */
public final class CallShapes {

    /** A derived cost with its interval; {@code measurable} when the interval excludes zero. */
    public record Difference(double score, double error) {
        public boolean measurable() {
            return !Double.isNaN(error) && Math.abs(score) > error;
        }
    }

    /** One variant: fib(n) alone, with eight arguments and with errno read, each when measured. */
    public record Shape(String variant, Optional<Measurement> one, Optional<Measurement> eight,
                        Optional<Measurement> errno) {

        /** (eight - one) / 7: the cost of each argument beyond the first. */
        public Optional<Difference> perArgument() {
            return difference(eight, one, 7);
        }

        /** errno - one: what reading errno adds to a successful call. */
        public Optional<Difference> errnoCost() {
            return difference(errno, one, 1);
        }
    }

    private CallShapes() {
    }

    /** The n both scenarios run at, or null when neither ran. */
    static Integer n(ReportData data) {
        for (Scenario s : List.of(Scenario.MANY_ARGUMENTS, Scenario.ERRNO)) {
            List<Integer> ns = data.ns(s);
            if (!ns.isEmpty()) {
                return ns.get(0);
            }
        }
        return null;
    }

    /** Every variant with either scenario measured on {@code jdk}, in report order (the C floor included). */
    public static List<Shape> of(ReportData data, int jdk) {
        Integer n = n(data);
        List<Shape> shapes = new ArrayList<>();
        if (n == null) {
            return shapes;
        }
        for (String v : data.variantIds()) {
            Optional<Measurement> eight = data.find(Scenario.MANY_ARGUMENTS, v, n, jdk);
            Optional<Measurement> errno = data.find(Scenario.ERRNO, v, n, jdk);
            if (eight.isPresent() || errno.isPresent()) {
                shapes.add(new Shape(v, data.find(Scenario.SWEEP, v, n, jdk), eight, errno));
            }
        }
        return shapes;
    }

    private static Optional<Difference> difference(Optional<Measurement> with, Optional<Measurement> without, int over) {
        if (with.isEmpty() || without.isEmpty()) {
            return Optional.empty();
        }
        Measurement a = with.get();
        Measurement b = without.get();
        return Optional.of(new Difference((a.score() - b.score()) / over,
                Math.sqrt(a.error() * a.error() + b.error() * b.error()) / over));
    }
}
