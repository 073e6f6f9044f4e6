package io.fibbench.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import io.fibbench.CallbackGuard;
import io.fibbench.CheckedFib;
import io.fibbench.ErrnoException;
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

        static native void noop();

        /** JNA copies the array into native memory before the call and back after it. */
        static native long fib_sum(long[] values, int count);

        static native long fib_sum(Pointer values, int count);

        static native long fib_each(int count, JnaInterfaceFib.LibFib.EachCallback callback);
    }

    /** One callback object for every call, so JNA builds its trampoline once, not per call. */
    private static final JnaInterfaceFib.LibFib.EachCallback UPCALL = CallbackGuard::dispatch;

    private static final Binding<NativeLibrary> BINDING = Binding.attempt(() -> {
        NativeLibrary lib = NativeLibrary.getInstance(NativeLoader.libfib().toString());
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
