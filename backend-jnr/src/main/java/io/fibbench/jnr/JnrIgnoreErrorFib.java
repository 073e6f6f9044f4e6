package io.fibbench.jnr;

import io.fibbench.CallbackGuard;
import io.fibbench.FibCallback;
import io.fibbench.FibRange;
import io.fibbench.FibService;
import io.fibbench.OffHeapLongs;
import io.fibbench.nativelib.Binding;
import jnr.ffi.Pointer;
import jnr.ffi.annotations.IgnoreError;
import jnr.ffi.annotations.In;

/**
 * JNR-FFI with {@code @IgnoreError}: the call no longer saves errno afterwards, and arrays are
 * {@code @In} (copied in, not back). Gives up: errno from these functions cannot be read (libfib
 * sets none), and C's writes to an array would be lost (fib_sum writes none).
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

        /** {@code @In}: JNR copies the array to native memory but not back (C only reads it). */
        @IgnoreError
        long fib_sum(@In long[] values, int count);

        @IgnoreError
        long fib_sum(Pointer values, int count);

        @IgnoreError
        long fib_each(int count, JnrFib.LibFib.EachCallback callback);
    }

    private static final Binding<LibFib> BINDING = Binding.attempt(() -> JnrFib.load(LibFib.class));
    private static final LibFib LIB = BINDING.value();

    /** One callback object for every call, so JNR makes its native closure once, not per call. */
    private static final JnrFib.LibFib.EachCallback UPCALL = CallbackGuard::dispatch;

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
    public long sum(long[] values, int count) {
        FibRange.checkArray(values, count);
        return LIB.fib_sum(values, count);
    }

    @Override
    public OffHeapLongs allocate(int length) {
        FibRange.checkLength(length);
        return new JnrLongs(id(), jnr.ffi.Runtime.getRuntime(LIB), length);
    }

    @Override
    public long sum(OffHeapLongs values, int count) {
        return LIB.fib_sum(((JnrLongs) FibRange.checkOffHeap(values, count, id())).pointer, count);
    }

    @Override
    public long each(int count, FibCallback callback) {
        FibRange.checkEach(count, callback);
        CallbackGuard guard = CallbackGuard.enter(callback);
        try {
            return guard.result(LIB.fib_each(count, UPCALL));
        } finally {
            guard.exit();
        }
    }

    @Override
    public Throwable unavailabilityCause() {
        return BINDING.cause();
    }
}
