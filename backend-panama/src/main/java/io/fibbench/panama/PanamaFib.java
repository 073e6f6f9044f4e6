package io.fibbench.panama;

import io.fibbench.FibRange;
import io.fibbench.FibService;
import io.fibbench.nativelib.Binding;
import java.lang.invoke.MethodHandle;

/** Panama (java.lang.foreign) with default downcalls: static final handles, invokeExact. */
public final class PanamaFib implements FibService {

    private static final Binding<MethodHandle[]> BINDING = Panama.link(false);
    private static final MethodHandle FIB = Panama.handle(BINDING, 0);
    private static final MethodHandle FIB_RECURSIVE = Panama.handle(BINDING, 1);
    private static final MethodHandle NOOP = Panama.handle(BINDING, 2);

    @Override
    public String id() {
        return "panama";
    }

    @Override
    public long fib(int n) {
        FibRange.checkFib(n);
        try {
            return (long) FIB.invokeExact(n);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    @Override
    public long fibRecursive(int n) {
        FibRange.checkFibRecursive(n);
        try {
            return (long) FIB_RECURSIVE.invokeExact(n);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    @Override
    public void noop() {
        try {
            NOOP.invokeExact();
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    @Override
    public Throwable unavailabilityCause() {
        return BINDING.cause();
    }
}
