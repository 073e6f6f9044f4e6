package io.fibbench.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Callback;
import io.fibbench.CallbackGuard;
import io.fibbench.CheckedFib;
import io.fibbench.ErrnoException;
import io.fibbench.nativelib.Binding;
import io.fibbench.nativelib.NativeLoader;

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
            Binding.attempt(() -> Native.load(NativeLoader.libfib().toString(), LibFib.class));
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
