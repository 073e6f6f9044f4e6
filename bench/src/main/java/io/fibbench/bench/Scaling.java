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
 * fib(n) from several threads at once (the runner runs it with 1 thread and with one per core):
 * a mechanism that serializes calls, or contends on shared state, stops scaling.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class Scaling {

    @Param({"20"})
    public int n;

    @Benchmark
    public long fib(VariantState v) {
        return v.service.fib(n);
    }
}
