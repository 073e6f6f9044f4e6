package io.fibbench.bench;

import io.fibbench.FibService;
import io.fibbench.OffHeapLongs;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Passing an array of longs to C (fib_sum reads it): from the Java heap, where each mechanism
 * copies, pins or (Panama critical) reads it in place, and from the mechanism's own native memory,
 * which goes to C as it is. The gap between the two is what crossing the heap boundary costs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ArrayPassing {

    @Param({"1", "1024", "65536"})
    public int count;

    private long[] heap;
    private OffHeapLongs offHeap;

    @Setup(Level.Trial)
    public void fill(VariantState v) {
        FibService service = v.service;
        heap = new long[count];
        offHeap = service.allocate(count);
        for (int i = 0; i < count; i++) {
            heap[i] = i * 0x9E3779B97F4A7C15L; // spread bits: nothing for C or the JIT to shortcut
            offHeap.set(i, heap[i]);
        }
    }

    @TearDown(Level.Trial)
    public void free() {
        offHeap.close();
    }

    @Benchmark
    public long heap(VariantState v) {
        return v.service.sum(heap, count);
    }

    @Benchmark
    public long offHeap(VariantState v) {
        return v.service.sum(offHeap, count);
    }
}
