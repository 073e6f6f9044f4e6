package io.fibbench.bench;

import io.fibbench.FibPair;
import io.fibbench.FibQuad;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Structs with each mechanism's own struct support: a 16-byte one, which x86-64 returns in two
 * registers, and a 32-byte one, returned through memory; each returned by value and written through a
 * pointer. Every call returns a Java record, so what is measured includes reading the fields back.
 * A mechanism that cannot return a struct by value (JNR) is skipped for those two, with its reason.
 *
 * <p>n is a non-final field and every record is returned (JMHSample_08_DeadCode, _10_ConstantFold).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class Structs {

    @Param({"20"})
    public int n;

    @Benchmark
    public FibPair pair(VariantState v) {
        return v.service.pair(n);
    }

    @Benchmark
    public FibPair pairFilled(VariantState v) {
        return v.service.pairFilled(n);
    }

    @Benchmark
    public FibQuad quad(VariantState v) {
        return v.service.quad(n);
    }

    @Benchmark
    public FibQuad quadFilled(VariantState v) {
        return v.service.quadFilled(n);
    }
}
