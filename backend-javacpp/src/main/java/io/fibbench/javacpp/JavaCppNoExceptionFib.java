package io.fibbench.javacpp;

import io.fibbench.CallbackGuard;
import io.fibbench.FibCallback;
import io.fibbench.FibRange;
import io.fibbench.FibService;
import io.fibbench.OffHeapLongs;
import io.fibbench.nativelib.Binding;

/** JavaCPP with {@code @NoException}: see {@link FibLibNoException} for what it gives up. */
public final class JavaCppNoExceptionFib implements FibService {

    private static final Binding<Class<?>> BINDING =
            Binding.attempt(() -> Class.forName(FibLibNoException.class.getName(), true, JavaCppNoExceptionFib.class.getClassLoader()));

    /** One callback object for every call: JavaCPP has a fixed number of thunks per class (10). */
    private static final FibLibNoException.EachCallback UPCALL =
            BINDING.cause() == null ? new FibLibNoException.EachCallback() : null;

    @Override
    public String id() {
        return "javacpp-noexception";
    }

    @Override
    public long fib(int n) {
        FibRange.checkFib(n);
        return FibLibNoException.fib(n);
    }

    @Override
    public long fibRecursive(int n) {
        FibRange.checkFibRecursive(n);
        return FibLibNoException.fibRecursive(n);
    }

    @Override
    public void noop() {
        FibLibNoException.noop();
    }

    @Override
    public long sum(long[] values, int count) {
        FibRange.checkArray(values, count);
        return FibLibNoException.sum(values, count);
    }

    @Override
    public OffHeapLongs allocate(int length) {
        FibRange.checkLength(length);
        return new JavaCppLongs(id(), length);
    }

    @Override
    public long sum(OffHeapLongs values, int count) {
        return FibLibNoException.sum(((JavaCppLongs) FibRange.checkOffHeap(values, count, id())).pointer, count);
    }

    @Override
    public long each(int count, FibCallback callback) {
        FibRange.checkEach(count, callback);
        CallbackGuard guard = CallbackGuard.enter(callback);
        try {
            return guard.result(FibLibNoException.each(count, UPCALL));
        } finally {
            guard.exit();
        }
    }

    @Override
    public Throwable unavailabilityCause() {
        return BINDING.cause();
    }
}
