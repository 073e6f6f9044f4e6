package io.fibbench.bench;

import io.fibbench.FibCallback;
import io.fibbench.FibService;
import io.fibbench.OffHeapLongs;
import org.openjdk.jmh.infra.Blackhole;

/**
 * For checking the regression check, never for real numbers: with
 * {@code -Dfibbench.inject=VARIANT:TOKENS} (run --inject-slowdown), every call of that variant
 * first burns JMH's calibrated {@link Blackhole#consumeCPU} work, a known slowdown to catch.
 */
final class InjectedSlowdown implements FibService {

    static final String PROPERTY = "fibbench.inject";

    private final FibService delegate;
    private final long tokens;

    private InjectedSlowdown(FibService delegate, long tokens) {
        this.delegate = delegate;
        this.tokens = tokens;
    }

    /** The service as the benchmark should call it: slowed when the property names this variant. */
    static FibService wrapIfAsked(String variant, FibService service) {
        String spec = System.getProperty(PROPERTY, "");
        int colon = spec.lastIndexOf(':');
        if (colon < 0 || !spec.substring(0, colon).equals(variant)) {
            return service;
        }
        return new InjectedSlowdown(service, Long.parseLong(spec.substring(colon + 1)));
    }

    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public long fib(int n) {
        Blackhole.consumeCPU(tokens);
        return delegate.fib(n);
    }

    @Override
    public long fibRecursive(int n) {
        Blackhole.consumeCPU(tokens);
        return delegate.fibRecursive(n);
    }

    @Override
    public long sum(long[] values, int count) {
        Blackhole.consumeCPU(tokens);
        return delegate.sum(values, count);
    }

    @Override
    public OffHeapLongs allocate(int length) {
        return delegate.allocate(length);
    }

    @Override
    public long sum(OffHeapLongs values, int count) {
        Blackhole.consumeCPU(tokens);
        return delegate.sum(values, count);
    }

    @Override
    public long each(int count, FibCallback callback) {
        Blackhole.consumeCPU(tokens);
        return delegate.each(count, callback);
    }

    @Override
    public void noop() {
        Blackhole.consumeCPU(tokens);
        delegate.noop();
    }
}
