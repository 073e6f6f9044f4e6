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
 * What reading errno costs: fib_errno(n) succeeds, but a caller that must see its errno on failure
 * pays for that on every call with most mechanisms (JNA zeroes and reads errno around each call, JNR
 * saves it, Panama captures it into a segment). Set beside {@code Sweep.fib} at the same n, the same
 * work without errno, measured in the same run. The failure itself is checked by every backend's
 * contract test, not timed: it costs an exception, whichever mechanism read the errno.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class Errno {

    @Param({"1"})
    public int n;

    @Benchmark
    public long fibErrno(VariantState v) {
        return v.service.fibErrno(n);
    }
}
