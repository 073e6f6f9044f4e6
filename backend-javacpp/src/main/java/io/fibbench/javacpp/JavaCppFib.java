package io.fibbench.javacpp;

import io.fibbench.FibRange;
import io.fibbench.FibService;
import io.fibbench.OffHeapLongs;
import io.fibbench.nativelib.Binding;

/** JavaCPP with its defaults: the generated glue in {@link FibLib}. */
public final class JavaCppFib implements FibService {

    private static final Binding<Class<?>> BINDING =
            Binding.attempt(() -> Class.forName(FibLib.class.getName(), true, JavaCppFib.class.getClassLoader()));

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
    public Throwable unavailabilityCause() {
        return BINDING.cause();
    }
}
