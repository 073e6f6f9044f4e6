package io.fibbench.panama;

import io.fibbench.CallbackGuard;
import io.fibbench.FibCallback;
import io.fibbench.FibRange;
import io.fibbench.FibService;
import io.fibbench.OffHeapLongs;
import io.fibbench.nativelib.Binding;
import java.lang.invoke.MethodHandle;

/**
 * Panama with {@code Linker.Option.critical}: no Java-to-native thread state transition, and
 * (critical(true) for fib_sum) heap arrays go to C in place instead of being copied.
 * Gives up: the call must be short and must not call back into Java, since the GC waits for it
 * to return; so fib_recursive, which can run for seconds, stays a default downcall here.
 */
public final class PanamaCriticalFib implements FibService {

    private static final Binding<MethodHandle[]> BINDING = Panama.link(true);
    private static final MethodHandle FIB = Panama.handle(BINDING, 0);
    private static final MethodHandle FIB_RECURSIVE = Panama.handle(BINDING, 1);
    private static final MethodHandle NOOP = Panama.handle(BINDING, 2);
    private static final MethodHandle SUM_HEAP = Panama.handle(BINDING, 3);
    private static final MethodHandle ALLOCATE = Panama.handle(BINDING, 4);
    private static final MethodHandle SUM_OFF_HEAP = Panama.handle(BINDING, 5);
    private static final MethodHandle EACH = Panama.handle(BINDING, 6);

    @Override
    public String id() {
        return "panama-critical";
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
    public long sum(long[] values, int count) {
        FibRange.checkArray(values, count);
        try {
            return (long) SUM_HEAP.invokeExact(values, count);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    @Override
    public OffHeapLongs allocate(int length) {
        FibRange.checkLength(length);
        try {
            return (OffHeapLongs) ALLOCATE.invokeExact(id(), length);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    @Override
    public long sum(OffHeapLongs values, int count) {
        FibRange.checkOffHeap(values, count, id());
        try {
            return (long) SUM_OFF_HEAP.invokeExact(values, count);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    /** Not critical: a critical downcall must not call back into Java, so this is panama's call. */
    @Override
    public long each(int count, FibCallback callback) {
        FibRange.checkEach(count, callback);
        CallbackGuard guard = CallbackGuard.enter(callback);
        long fromC;
        try {
            fromC = (long) EACH.invokeExact(count);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        } finally {
            guard.exit();
        }
        return guard.result(fromC); // outside the catch: the callback's exception goes out as it is
    }

    @Override
    public Throwable unavailabilityCause() {
        return BINDING.cause();
    }
}
