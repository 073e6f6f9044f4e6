package io.fibbench.bench;

import io.fibbench.FibService;
import io.fibbench.VariantInfo;
import io.fibbench.VariantUnavailableException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The variant under test. A JMH parameter, so every variant runs in forks of its own
 * (JMHSample_12_Forking): the call site through {@link FibService} then sees one class only and
 * the JIT inlines it, as it would in an application that uses one binding.
 */
@State(Scope.Benchmark)
public class VariantState {

    /** Overridden by the runner with the variants available on the fork's JDK. */
    @Param({"java"})
    public String variant;

    /** Not final and set in setup: the JIT must not treat the service as a compile-time constant. */
    public FibService service;

    @Setup(Level.Trial)
    public void bind() throws ReflectiveOperationException {
        service = InjectedSlowdown.wrapIfAsked(variant, load(variant));
    }

    /**
     * Just this variant, ready to call. Its class comes from its description (VariantInfo), not from
     * the registry, which would instantiate every backend and load every native library into the fork.
     */
    static FibService load(String variant) throws ReflectiveOperationException {
        FibService service = VariantInfo.of(variant).newService();
        Throwable cause = service.unavailabilityCause();
        if (cause != null) {
            throw new VariantUnavailableException(variant, cause);
        }
        return service;
    }
}
