package io.fibbench.javacpp;

import io.fibbench.FibRange;
import io.fibbench.FibService;
import io.fibbench.nativelib.Binding;

/** JavaCPP with {@code @NoException}: see {@link FibLibNoException} for what it gives up. */
public final class JavaCppNoExceptionFib implements FibService {

    private static final Binding<Class<?>> BINDING =
            Binding.attempt(() -> Class.forName(FibLibNoException.class.getName(), true, JavaCppNoExceptionFib.class.getClassLoader()));

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
    public Throwable unavailabilityCause() {
        return BINDING.cause();
    }
}
