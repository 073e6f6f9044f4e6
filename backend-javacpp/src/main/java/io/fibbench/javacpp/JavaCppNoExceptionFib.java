package io.fibbench.javacpp;

import io.fibbench.CheckedFib;
import io.fibbench.ErrnoException;
import io.fibbench.nativelib.Binding;

/** JavaCPP with {@code @NoException}: see {@link FibLibNoException} for what it gives up. */
public final class JavaCppNoExceptionFib extends CheckedFib<JavaCppLongs> {

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
    protected long fibNative(int n) {
        return FibLibNoException.fib(n);
    }

    @Override
    protected long fibRecursiveNative(int n) {
        return FibLibNoException.fibRecursive(n);
    }

    @Override
    protected long fibMixedNative(int n, long a, double x, int b, long c, double y, int d, long e) {
        return FibLibNoException.fibMixed(n, a, x, b, c, y, d, e);
    }

    @Override
    protected long fibErrnoNative(int n) {
        long result = FibLibNoException.fibErrno(n);
        if (result == -1) {
            throw ErrnoException.of(n, FibLibNoException.savedErrno(), null);
        }
        return result;
    }

    @Override
    protected void noopNative() {
        FibLibNoException.noop();
    }

    @Override
    protected long sumHeap(long[] values, int count) {
        return FibLibNoException.sum(values, count);
    }

    @Override
    protected JavaCppLongs allocateOffHeap(int length) {
        return new JavaCppLongs(id(), length);
    }

    @Override
    protected long sumOffHeap(JavaCppLongs values, int count) {
        return FibLibNoException.sum(values.pointer, count);
    }

    @Override
    protected long eachThroughStub(int count) {
        return FibLibNoException.each(count, UPCALL);
    }

    @Override
    public Throwable unavailabilityCause() {
        return BINDING.cause();
    }
}
