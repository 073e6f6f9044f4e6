package io.fibbench.jna;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import io.fibbench.CallbackGuard;
import io.fibbench.FibCallback;
import io.fibbench.FibRange;
import io.fibbench.FibService;
import io.fibbench.OffHeapLongs;
import io.fibbench.nativelib.Binding;
import io.fibbench.nativelib.NativeLoader;

/**
 * JNA direct mapping ({@code Native.register} on static native methods), JNA's own advice for
 * speed. Gives up: only primitive, array and pointer-like arguments map this way (no varargs,
 * no Structure by value), and the signature is still checked by nobody.
 */
public final class JnaDirectFib implements FibService {

    /** The natives JNA binds: method names are the C names. */
    static final class Lib {
        static native long fib(int n);

        static native long fib_recursive(int n);

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
    public long fib(int n) {
        FibRange.checkFib(n);
        return Lib.fib(n);
    }

    @Override
    public long fibRecursive(int n) {
        FibRange.checkFibRecursive(n);
        return Lib.fib_recursive(n);
    }

    @Override
    public void noop() {
        Lib.noop();
    }

    @Override
    public long sum(long[] values, int count) {
        FibRange.checkArray(values, count);
        return Lib.fib_sum(values, count);
    }

    @Override
    public OffHeapLongs allocate(int length) {
        FibRange.checkLength(length);
        return new JnaLongs(id(), length);
    }

    @Override
    public long sum(OffHeapLongs values, int count) {
        return Lib.fib_sum(((JnaLongs) FibRange.checkOffHeap(values, count, id())).memory, count);
    }

    @Override
    public long each(int count, FibCallback callback) {
        FibRange.checkEach(count, callback);
        CallbackGuard guard = CallbackGuard.enter(callback);
        try {
            return guard.result(Lib.fib_each(count, UPCALL));
        } finally {
            guard.exit();
        }
    }

    @Override
    public Throwable unavailabilityCause() {
        return BINDING.cause();
    }
}
