package io.fibbench.jnr;

import io.fibbench.CallbackGuard;
import io.fibbench.CheckedFib;
import io.fibbench.nativelib.Binding;
import jnr.ffi.Pointer;
import jnr.ffi.annotations.IgnoreError;
import jnr.ffi.annotations.SaveError;
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
        long fib_mixed(int n, long a, double x, int b, long c, double y, int d, long e);

        /** The one function whose errno matters: saved after the call, at JNR's default cost. */
        @SaveError
        long fib_errno(int n);

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
    private static final jnr.ffi.Runtime RUNTIME = LIB == null ? null : jnr.ffi.Runtime.getRuntime(LIB);
    private static final String MIXED_BROKEN =
            LIB == null ? null : JnrFib.mixedBroken("jnr-ignore-error", LIB.fib_mixed(10, 1, 0.5, 2, 3, 1.5, 4, 5));

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

    /** See JnrFib.mixedBroken. */
    @Override
    protected long fibMixedNative(int n, long a, double x, int b, long c, double y, int d, long e) {
        if (MIXED_BROKEN != null) {
            throw new UnsupportedOperationException(MIXED_BROKEN);
        }
        return LIB.fib_mixed(n, a, x, b, c, y, d, e);
    }

    @Override
    protected long fibErrnoNative(int n) {
        return JnrFib.checkErrno(n, LIB.fib_errno(n), RUNTIME);
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
        return new JnrLongs(id(), RUNTIME, length);
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
