package io.fibbench.jnr;

import io.fibbench.FibRange;
import io.fibbench.FibService;
import io.fibbench.nativelib.Binding;
import jnr.ffi.annotations.IgnoreError;

/**
 * JNR-FFI with {@code @IgnoreError}: the call no longer saves errno afterwards. Gives up: errno
 * from these functions cannot be read (libfib sets none, so nothing is lost here).
 */
public final class JnrIgnoreErrorFib implements FibService {

    /** libfib as JNR sees it, without errno saving. */
    public interface LibFib {
        @IgnoreError
        long fib(int n);

        @IgnoreError
        long fib_recursive(int n);

        @IgnoreError
        void noop();
    }

    private static final Binding<LibFib> BINDING = Binding.attempt(() -> JnrFib.load(LibFib.class));
    private static final LibFib LIB = BINDING.value();

    @Override
    public String id() {
        return "jnr-ignore-error";
    }

    @Override
    public long fib(int n) {
        FibRange.checkFib(n);
        return LIB.fib(n);
    }

    @Override
    public long fibRecursive(int n) {
        FibRange.checkFibRecursive(n);
        return LIB.fib_recursive(n);
    }

    @Override
    public void noop() {
        LIB.noop();
    }

    @Override
    public Throwable unavailabilityCause() {
        return BINDING.cause();
    }
}
