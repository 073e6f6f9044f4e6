package io.fibbench.bench;

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

/**
 * Text across the boundary, both ways, by length: a Java String into C as a C string (fib_text_length,
 * which counts its bytes), and C's text back as a String (fib_text writes fib(n)'s digits into a
 * buffer). Each mechanism's own conversion is what is measured: encoding, copying and the memory it needs.
 *
 * <p>The text is made once per trial from the non-final length and held in a non-final field, so the
 * JIT can neither fold the string nor its length (JMHSample_10_ConstantFold); results are returned.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class Strings {

    @Param({"0", "16", "1024", "65536"})
    public int length;

    public int n = 20;

    private String text;

    @Setup(Level.Trial)
    public void makeText() {
        text = "6765".repeat(length / 4 + 1).substring(0, length);
    }

    @Benchmark
    public long toC(VariantState v) {
        return v.service.textLength(text);
    }

    @Benchmark
    public String fromC(VariantState v) {
        return v.service.fibText(n, length);
    }
}
