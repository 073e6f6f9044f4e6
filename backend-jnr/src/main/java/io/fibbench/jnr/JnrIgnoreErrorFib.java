package io.fibbench.jnr;

import io.fibbench.CallbackGuard;
import io.fibbench.CheckedFib;
import io.fibbench.nativelib.Binding;
import jnr.ffi.Pointer;
import jnr.ffi.annotations.IgnoreError;
import jnr.ffi.annotations.In;

/**
 * JNR-FFI with {@code @IgnoreError}: the call no longer saves errno afterwards, and arrays are
 * {@code @In} (copied in, not back). Gives up: errno from these functions cannot be read (libfib
 * sets none), and C's writes to an array would be lost (fib_sum writes none).
 */
public final class JnrIgnoreErrorFib extends CheckedFib<JnrLongs> {

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
    protected long fibNative(int n) {
        return LIB.fib(n);
    }

    @Override
    protected long fibRecursiveNative(int n) {
        return LIB.fib_recursive(n);
    }

    @Override
    protected void noopNative() {
        LIB.noop();
    }

    @Override
    protected long sumHeap(long[] values, int count) {
        return LIB.fib_sum(values, count);
    }

    @Override
    protected JnrLongs allocateOffHeap(int length) {
        return new JnrLongs(id(), jnr.ffi.Runtime.getRuntime(LIB), length);
    }

    @Override
    protected long sumOffHeap(JnrLongs values, int count) {
        return LIB.fib_sum(values.pointer, count);
    }

    @Override
    protected long eachThroughStub(int count) {
        return LIB.fib_each(count, UPCALL);
    }

    @Override
    public Throwable unavailabilityCause() {
        return BINDING.cause();
    }
}
