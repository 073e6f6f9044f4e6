package io.fibbench.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Callback;
import io.fibbench.CallbackGuard;
import io.fibbench.FibCallback;
import io.fibbench.FibRange;
import io.fibbench.FibService;
import io.fibbench.OffHeapLongs;
import io.fibbench.nativelib.Binding;
import io.fibbench.nativelib.NativeLoader;

/**
 * JNA interface mapping ({@code Native.load}): what most JNA code looks like. ABI mode: the
 * signature is declared only here, at run time; each call goes through a proxy that boxes the
 * arguments and looks up the conversion.
 */
public final class JnaInterfaceFib implements FibService {

    /** libfib as JNA sees it: method names are the C names. */
    public interface LibFib extends Library {
        long fib(int n);

        long fib_recursive(int n);

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
        return new JnaLongs(id(), length);
    }

    @Override
    public long sum(OffHeapLongs values, int count) {
        return LIB.fib_sum(((JnaLongs) FibRange.checkOffHeap(values, count, id())).memory, count);
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
