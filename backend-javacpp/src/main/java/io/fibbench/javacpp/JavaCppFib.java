package io.fibbench.javacpp;

import io.fibbench.CheckedFib;
import io.fibbench.ErrnoException;
import io.fibbench.nativelib.Binding;

/** JavaCPP with its defaults: the generated glue in {@link FibLib}. */
public final class JavaCppFib extends CheckedFib<JavaCppLongs> {

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
    protected long fibNative(int n) {
        return FibLib.fib(n);
    }

    @Override
    protected long fibRecursiveNative(int n) {
        return FibLib.fibRecursive(n);
    }

    @Override
    protected long fibMixedNative(int n, long a, double x, int b, long c, double y, int d, long e) {
        return FibLib.fibMixed(n, a, x, b, c, y, d, e);
    }

    @Override
    protected long fibErrnoNative(int n) {
        long result = FibLib.fibErrno(n);
        if (result == -1) {
            throw ErrnoException.of(n, FibLib.savedErrno(), null);
        }
        return result;
    }

    @Override
    protected void noopNative() {
        FibLib.noop();
    }

    @Override
    protected long sumHeap(long[] values, int count) {
        return FibLib.sum(values, count);
    }

    @Override
    protected JavaCppLongs allocateOffHeap(int length) {
        return new JavaCppLongs(id(), length);
    }

    @Override
    protected long sumOffHeap(JavaCppLongs values, int count) {
        return FibLib.sum(values.pointer, count);
    }

    @Override
    protected long eachThroughStub(int count) {
        return FibLib.each(count, UPCALL);
    }

    @Override
    public Throwable unavailabilityCause() {
        return BINDING.cause();
    }
}
