package io.fibbench.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * The cost of the call alone: noop() does nothing in C, so what is measured is the binding's
 * crossing into native code and back. For pure Java it is what the JIT leaves of an empty call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class Overhead {

    @Benchmark
    public void noop(VariantState v) {
        v.service.noop();
    }
}
