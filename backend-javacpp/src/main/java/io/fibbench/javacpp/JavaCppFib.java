package io.fibbench.javacpp;

import io.fibbench.CallbackGuard;
import io.fibbench.FibCallback;
import io.fibbench.FibRange;
import io.fibbench.FibService;
import io.fibbench.OffHeapLongs;
import io.fibbench.nativelib.Binding;

/** JavaCPP with its defaults: the generated glue in {@link FibLib}. */
public final class JavaCppFib implements FibService {

    private static final Binding<Class<?>> BINDING =
            Binding.attempt(() -> Class.forName(FibLib.class.getName(), true, JavaCppFib.class.getClassLoader()));

    /** One callback object for every call: JavaCPP has a fixed number of thunks per class (10). */
    private static final FibLib.EachCallback UPCALL =
            BINDING.cause() == null ? new FibLib.EachCallback() : null;

    @Override
    public String id() {
        return "javacpp";
    }

    @Override
    public long fib(int n) {
        FibRange.checkFib(n);
        return FibLib.fib(n);
    }

    @Override
    public long fibRecursive(int n) {
        FibRange.checkFibRecursive(n);
        return FibLib.fibRecursive(n);
    }

    @Override
    public void noop() {
        FibLib.noop();
    }

    @Override
    public long sum(long[] values, int count) {
        FibRange.checkArray(values, count);
        return FibLib.sum(values, count);
    }

    @Override
    public OffHeapLongs allocate(int length) {
        FibRange.checkLength(length);
        return new JavaCppLongs(id(), length);
    }

    @Override
    public long sum(OffHeapLongs values, int count) {
        return FibLib.sum(((JavaCppLongs) FibRange.checkOffHeap(values, count, id())).pointer, count);
    }

    @Override
    public long each(int count, FibCallback callback) {
        FibRange.checkEach(count, callback);
        CallbackGuard guard = CallbackGuard.enter(callback);
        try {
            return guard.result(FibLib.each(count, UPCALL));
        } finally {
            guard.exit();
        }
    }

    @Override
    public Throwable unavailabilityCause() {
        return BINDING.cause();
    }
}
