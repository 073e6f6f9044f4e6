package io.fibbench.bench;

import io.fibbench.FibService;
import io.fibbench.VariantInfo;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a CLI or a serverless function pays once: from a fresh JVM to the first correct fib call
 * (class loading, extracting and loading the libraries, linking, stub generation). One shot per
 * fork and nothing warmed up, so every sample is a cold start; the runner asks for many forks.
 *
 * <p>Only the variant's own class is touched (not the registry, which would load every backend).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class FirstCall {

    @Param({"java"})
    public String variant;

    /** Looked up before the shot: an application names its binding's class in code, it does not search for it. */
    private String className;

    @Setup(Level.Trial)
    public void findClass() {
        className = VariantInfo.of(variant).className();
    }

    @Benchmark
    public long firstFib() throws ReflectiveOperationException {
        FibService service = (FibService) Class.forName(className).getDeclaredConstructor().newInstance();
        long result = service.fib(92);
        if (result != 7540113804746346429L) {
            throw new IllegalStateException(variant + " answered fib(92) = " + result
                    + (service.unavailabilityCause() == null ? "" : ": " + service.unavailabilityCause()));
        }
        return result;
    }
}
