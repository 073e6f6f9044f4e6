package io.fibbench.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The seed's question as it was asked: seconds for 1,000,000 calls of fib(n), timed as one batch
 * (SingleShotTime with batchSize: one "op" is the whole million). n = 20 by default: enough work
 * that the call is not all there is, little enough that the call still shows.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(batchSize = SeedBatch.CALLS)
@Measurement(batchSize = SeedBatch.CALLS)
@State(Scope.Thread)
public class SeedBatch {

    public static final int CALLS = 1_000_000;

    @Param({"20"})
    public int n;

    @Benchmark
    public long fib(VariantState v) {
        return v.service.fib(n);
    }
}
