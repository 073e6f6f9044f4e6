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
 * What each argument costs: fib_mixed takes n and seven more (long, double, int, long, double, int,
 * long), against fib's n alone. n is the sweep's smallest, so the report sets this call beside
 * {@code Sweep.fib} at the same n, measured in the same run, and the difference over seven is the
 * cost of one more argument.
 *
 * <p>Every argument is a non-final field (JMHSample_10_ConstantFold): a constant argument would let
 * the JIT (for pure Java) fold it, or let a binding skip converting it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ManyArguments {

    @Param({"1"})
    public int n;

    public long a = 3;
    public double x = 0.5;
    public int b = 2;
    public long c = 5;
    public double y = 1.5;
    public int d = 4;
    public long e = 7;

    @Benchmark
    public long fibMixed(VariantState v) {
        return v.service.fibMixed(n, a, x, b, c, y, d, e);
    }
}
