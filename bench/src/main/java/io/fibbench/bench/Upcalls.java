package io.fibbench.bench;

import io.fibbench.FibCallback;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * C calling Java: fib_each(count, cb) calls cb(i, fib(i)) count times from C. count = 0 is the
 * downcall with its callback set-up alone, so (each(64) - each(0)) / 64 is what one upcall costs.
 * The callback returns what it gets and each returns the sum, so no upcall is dead code; the
 * callback is a field, not a constant, like the inputs of every other benchmark here.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class Upcalls {

    @Param({"0", "64"})
    public int count;

    private FibCallback callback = (i, fib) -> fib;

    @Benchmark
    public long each(VariantState v) {
        return v.service.each(count, callback);
    }
}
