package io.fibbench.jnr;

import io.fibbench.CallbackGuard;
import io.fibbench.CheckedFib;
import io.fibbench.ErrnoException;
import io.fibbench.FibPair;
import io.fibbench.FibQuad;
import io.fibbench.nativelib.Binding;
import jnr.ffi.Pointer;
import jnr.ffi.annotations.Encoding;
import jnr.ffi.annotations.IgnoreError;
import jnr.ffi.annotations.SaveError;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import jnr.ffi.annotations.Pinned;
import java.nio.charset.StandardCharsets;

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
        long fib_text_length(@Encoding("UTF-8") String text);

        /** {@code @Out @Pinned}: C writes into the Java array itself, pinned, and nothing is copied in. */
        @IgnoreError
        int fib_text(int n, @Out @Pinned byte[] buf, int length);

        @IgnoreError
        int fib_pair_fill(int n, @Out JnrStructs.Pair out);

        @IgnoreError
        int fib_quad_fill(int n, @Out JnrStructs.Quad out);

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
            LIB == null ? null : JnrFib.mixedBroken("jnr-ignore-error", LIB::fib_mixed);

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
        return ErrnoException.checked(n, LIB.fib_errno(n), JnrIgnoreErrorFib::lastError);
    }

    /** What @SaveError saved after this thread's last fib_errno. */
    private static int lastError() {
        return RUNTIME.getLastError();
    }

    @Override
    protected long textLengthNative(String text) {
        return LIB.fib_text_length(text);
    }

    @Override
    protected String fibTextNative(int n, int length) {
        byte[] buf = new byte[length + 1];
        LIB.fib_text(n, buf, length);
        return new String(buf, 0, length, StandardCharsets.UTF_8);
    }

    /** JNR has no struct by value: see JnrStructs, and the reason in this variant's description. */
    @Override
    protected FibPair pairNative(int n) {
        throw unsupported("Structs.pair");
    }

    @Override
    protected FibPair pairFilledNative(int n) {
        JnrStructs.Pair pair = new JnrStructs.Pair(RUNTIME);
        LIB.fib_pair_fill(n, pair);
        return new FibPair(pair.n.get(), pair.fib.get());
    }

    @Override
    protected FibQuad quadNative(int n) {
        throw unsupported("Structs.quad");
    }

    @Override
    protected FibQuad quadFilledNative(int n) {
        JnrStructs.Quad quad = new JnrStructs.Quad(RUNTIME);
        LIB.fib_quad_fill(n, quad);
        return new FibQuad(quad.n.get(), quad.fib.get(), quad.previous.get(), quad.ratio.get());
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
