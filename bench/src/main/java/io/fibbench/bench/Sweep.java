package io.fibbench.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Cost per call of fib(n) as the work per call grows: where call overhead stops mattering, and
 * where pure Java and C cross over.
 *
 * <p>n is a non-final field, so the JIT cannot fold fib(n) to a constant (JMHSample_10_ConstantFold),
 * and the result is returned, so it cannot drop the call (JMHSample_08_DeadCode).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class Sweep {

    @Param({"1", "10", "20", "40", "92"})
    public int n;

    @Benchmark
    public long fib(VariantState v) {
        return v.service.fib(n);
    }
}
