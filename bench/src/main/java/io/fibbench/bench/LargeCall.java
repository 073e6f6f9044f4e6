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
 * One large call: the naive recursive fib(n), once per iteration. The call costs nanoseconds and
 * the work milliseconds to seconds, so every C variant should land on gcc's time; pure Java shows
 * what the JIT makes of the same recursion.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class LargeCall {

    @Param({"30", "35", "40"})
    public int n;

    @Benchmark
    public long fibRecursive(VariantState v) {
        return v.service.fibRecursive(n);
    }
}
