package io.fibbench.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import io.fibbench.CallbackGuard;
import java.nio.charset.StandardCharsets;
import io.fibbench.CheckedFib;
import io.fibbench.ErrnoException;
import io.fibbench.FibPair;
import io.fibbench.FibQuad;
import io.fibbench.nativelib.Binding;
import io.fibbench.nativelib.NativeLoader;

/**
 * JNA direct mapping ({@code Native.register} on static native methods), JNA's own advice for
 * speed. Gives up: only primitive, array and pointer-like arguments map this way (no varargs,
 * no Structure by value), and the signature is still checked by nobody.
 */
public final class JnaDirectFib extends CheckedFib<JnaLongs> {

    /** The natives JNA binds: method names are the C names. */
    static final class Lib {
        static native long fib(int n);

        static native long fib_recursive(int n);

        static native long fib_mixed(int n, long a, double x, int b, long c, double y, int d, long e);

        /** Direct mapping honours the throws clause as interface mapping does: see JnaInterfaceFib. */
        static native long fib_errno(int n) throws LastErrorException;

        /** Encoded in the library's string encoding (UTF-8, set when loading), as interface mapping does. */
        static native long fib_text_length(String text);

        static native int fib_text(int n, byte[] buf, int length);

        static native JnaStructs.Pair.ByValue fib_pair_of(int n);

        static native int fib_pair_fill(int n, JnaStructs.Pair out);

        static native JnaStructs.Quad.ByValue fib_quad_of(int n);

        static native int fib_quad_fill(int n, JnaStructs.Quad out);

        static native void noop();

        /** JNA copies the array into native memory before the call and back after it. */
        static native long fib_sum(long[] values, int count);

        static native long fib_sum(Pointer values, int count);

        static native long fib_each(int count, JnaInterfaceFib.LibFib.EachCallback callback);
    }

    /** One callback object for every call, so JNA builds its trampoline once, not per call. */
    private static final JnaInterfaceFib.LibFib.EachCallback UPCALL = CallbackGuard::dispatch;

    private static final Binding<NativeLibrary> BINDING = Binding.attempt(() -> {
        NativeLibrary lib = NativeLibrary.getInstance(NativeLoader.libfib().toString(), JnaStrings.UTF_8);
        Native.register(Lib.class, lib);
        return lib;
    });

    @Override
    public String id() {
        return "jna-direct";
    }

    @Override
    protected long fibNative(int n) {
        return Lib.fib(n);
    }

    @Override
    protected long fibRecursiveNative(int n) {
        return Lib.fib_recursive(n);
    }

    @Override
    protected long fibMixedNative(int n, long a, double x, int b, long c, double y, int d, long e) {
        return Lib.fib_mixed(n, a, x, b, c, y, d, e);
    }

    @Override
    protected long fibErrnoNative(int n) {
        try {
            return Lib.fib_errno(n);
        } catch (LastErrorException failure) {
            throw ErrnoException.of(n, failure.getErrorCode(), failure);
        }
    }

    @Override
    protected long textLengthNative(String text) {
        return Lib.fib_text_length(text);
    }

    @Override
    protected String fibTextNative(int n, int length) {
        byte[] buf = new byte[length + 1];
        Lib.fib_text(n, buf, length);
        return new String(buf, 0, length, StandardCharsets.UTF_8);
    }

    @Override
    protected FibPair pairNative(int n) {
        JnaStructs.Pair pair = Lib.fib_pair_of(n);
        return new FibPair(pair.n, pair.fib);
    }

    /** A new Structure per call, as JNA code does: JNA allocates its native memory and reads it back. */
    @Override
    protected FibPair pairFilledNative(int n) {
        JnaStructs.Pair pair = new JnaStructs.Pair();
        Lib.fib_pair_fill(n, pair);
        return new FibPair(pair.n, pair.fib);
    }

    @Override
    protected FibQuad quadNative(int n) {
        JnaStructs.Quad quad = Lib.fib_quad_of(n);
        return new FibQuad(quad.n, quad.fib, quad.previous, quad.ratio);
    }

    @Override
    protected FibQuad quadFilledNative(int n) {
        JnaStructs.Quad quad = new JnaStructs.Quad();
        Lib.fib_quad_fill(n, quad);
        return new FibQuad(quad.n, quad.fib, quad.previous, quad.ratio);
    }

    @Override
    protected void noopNative() {
        Lib.noop();
    }

    @Override
    protected long sumHeap(long[] values, int count) {
        return Lib.fib_sum(values, count);
    }

    @Override
    protected JnaLongs allocateOffHeap(int length) {
        return new JnaLongs(id(), length);
    }

    @Override
    protected long sumOffHeap(JnaLongs values, int count) {
        return Lib.fib_sum(values.memory, count);
    }

    @Override
    protected long eachThroughStub(int count) {
        return Lib.fib_each(count, UPCALL);
    }

    @Override
    public Throwable unavailabilityCause() {
        return BINDING.cause();
    }
}
