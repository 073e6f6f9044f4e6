package io.fibbench.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Callback;
import io.fibbench.CallbackGuard;
import io.fibbench.CheckedFib;
import io.fibbench.ErrnoException;
import io.fibbench.FibPair;
import io.fibbench.FibQuad;
import io.fibbench.nativelib.Binding;
import io.fibbench.nativelib.NativeLoader;
import java.nio.charset.StandardCharsets;

/**
 * JNA interface mapping ({@code Native.load}): what most JNA code looks like. ABI mode: the
 * signature is declared only here, at run time; each call goes through a proxy that boxes the
 * arguments and looks up the conversion.
 */
public final class JnaInterfaceFib extends CheckedFib<JnaLongs> {

    /** libfib as JNA sees it: method names are the C names. */
    public interface LibFib extends Library {
        long fib(int n);

        long fib_recursive(int n);

        long fib_mixed(int n, long a, double x, int b, long c, double y, int d, long e);

        /**
         * Declared to throw LastErrorException: JNA then zeroes errno before the call, reads it right
         * after, and throws when it is not 0. Without the clause, Native.getLastError() would read it.
         */
        long fib_errno(int n) throws LastErrorException;

        /** JNA encodes the String in the library's string encoding (UTF-8, set when loading) into native memory. */
        long fib_text_length(String text);

        /** JNA copies the array to native memory before the call and back after it. */
        int fib_text(int n, byte[] buf, int length);

        JnaStructs.Pair.ByValue fib_pair_of(int n);

        int fib_pair_fill(int n, JnaStructs.Pair out);

        JnaStructs.Quad.ByValue fib_quad_of(int n);

        int fib_quad_fill(int n, JnaStructs.Quad out);

        void noop();

        /** JNA copies the array into native memory before the call and back after it. */
        long fib_sum(long[] values, int count);

        long fib_sum(Pointer values, int count);

        /** The C function pointer fib_each calls: JNA makes a native trampoline per Callback object. */
        interface EachCallback extends Callback {
            long invoke(int i, long fib);
        }

        long fib_each(int count, EachCallback callback);
    }

    private static final Binding<LibFib> BINDING =
            Binding.attempt(() -> Native.load(NativeLoader.libfib().toString(), LibFib.class, JnaStrings.UTF_8));
    private static final LibFib LIB = BINDING.value();

    /** One callback object for every call, so JNA builds its trampoline once, not per call. */
    private static final LibFib.EachCallback UPCALL = CallbackGuard::dispatch;

    @Override
    public String id() {
        return "jna-interface";
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
    protected long fibMixedNative(int n, long a, double x, int b, long c, double y, int d, long e) {
        return LIB.fib_mixed(n, a, x, b, c, y, d, e);
    }

    @Override
    protected long fibErrnoNative(int n) {
        try {
            return LIB.fib_errno(n);
        } catch (LastErrorException failure) {
            throw ErrnoException.of(n, failure.getErrorCode(), failure);
        }
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

    @Override
    protected FibPair pairNative(int n) {
        JnaStructs.Pair pair = LIB.fib_pair_of(n);
        return new FibPair(pair.n, pair.fib);
    }

    /** A new Structure per call, as JNA code does: JNA allocates its native memory and reads it back. */
    @Override
    protected FibPair pairFilledNative(int n) {
        JnaStructs.Pair pair = new JnaStructs.Pair();
        LIB.fib_pair_fill(n, pair);
        return new FibPair(pair.n, pair.fib);
    }

    @Override
    protected FibQuad quadNative(int n) {
        JnaStructs.Quad quad = LIB.fib_quad_of(n);
        return new FibQuad(quad.n, quad.fib, quad.previous, quad.ratio);
    }

    @Override
    protected FibQuad quadFilledNative(int n) {
        JnaStructs.Quad quad = new JnaStructs.Quad();
        LIB.fib_quad_fill(n, quad);
        return new FibQuad(quad.n, quad.fib, quad.previous, quad.ratio);
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
    protected JnaLongs allocateOffHeap(int length) {
        return new JnaLongs(id(), length);
    }

    @Override
    protected long sumOffHeap(JnaLongs values, int count) {
        return LIB.fib_sum(values.memory, count);
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
