package io.fibbench.panama;

import io.fibbench.CheckedFib;
import io.fibbench.FibPair;
import io.fibbench.FibQuad;
import io.fibbench.OffHeapLongs;
import io.fibbench.nativelib.Binding;
import java.lang.invoke.MethodHandle;

/**
 * Panama with {@code Linker.Option.critical}: no Java-to-native thread state transition, and
 * (critical(true) for fib_sum) heap arrays go to C in place instead of being copied.
 * Gives up: the call must be short and must not call back into Java, since the GC waits for it
 * to return; so fib_recursive, which can run for seconds, stays a default downcall here.
 */
public final class PanamaCriticalFib extends CheckedFib<OffHeapLongs> {

    private static final Binding<Handles> BINDING = Panama.link(true);
    private static final Handles LINKED = Panama.handles(BINDING);
    private static final MethodHandle FIB = LINKED.fib();
    private static final MethodHandle FIB_RECURSIVE = LINKED.fibRecursive();
    private static final MethodHandle FIB_MIXED = LINKED.fibMixed();
    private static final MethodHandle FIB_ERRNO = LINKED.fibErrno();
    private static final MethodHandle TEXT_LENGTH = LINKED.textLength();
    private static final MethodHandle FIB_TEXT = LINKED.fibText();
    private static final MethodHandle PAIR = LINKED.pair();
    private static final MethodHandle PAIR_FILLED = LINKED.pairFilled();
    private static final MethodHandle QUAD = LINKED.quad();
    private static final MethodHandle QUAD_FILLED = LINKED.quadFilled();
    private static final MethodHandle NOOP = LINKED.noop();
    private static final MethodHandle SUM_HEAP = LINKED.sumHeap();
    private static final MethodHandle ALLOCATE = LINKED.allocate();
    private static final MethodHandle SUM_OFF_HEAP = LINKED.sumOffHeap();
    private static final MethodHandle EACH = LINKED.each();

    @Override
    public String id() {
        return "panama-critical";
    }

    @Override
    protected long fibNative(int n) {
        try {
            return (long) FIB.invokeExact(n);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    @Override
    protected long fibRecursiveNative(int n) {
        try {
            return (long) FIB_RECURSIVE.invokeExact(n);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    @Override
    protected long fibMixedNative(int n, long a, double x, int b, long c, double y, int d, long e) {
        try {
            return (long) FIB_MIXED.invokeExact(n, a, x, b, c, y, d, e);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    @Override
    protected long fibErrnoNative(int n) {
        try {
            return (long) FIB_ERRNO.invokeExact(n);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    @Override
    protected long textLengthNative(String text) {
        try {
            return (long) TEXT_LENGTH.invokeExact(text);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    @Override
    protected String fibTextNative(int n, int length) {
        try {
            return (String) FIB_TEXT.invokeExact(n, length);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    @Override
    protected FibPair pairNative(int n) {
        try {
            return (FibPair) PAIR.invokeExact(n);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    @Override
    protected FibPair pairFilledNative(int n) {
        try {
            return (FibPair) PAIR_FILLED.invokeExact(n);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    @Override
    protected FibQuad quadNative(int n) {
        try {
            return (FibQuad) QUAD.invokeExact(n);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    @Override
    protected FibQuad quadFilledNative(int n) {
        try {
            return (FibQuad) QUAD_FILLED.invokeExact(n);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    @Override
    protected void noopNative() {
        try {
            NOOP.invokeExact();
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    @Override
    protected long sumHeap(long[] values, int count) {
        try {
            return (long) SUM_HEAP.invokeExact(values, count);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    @Override
    protected OffHeapLongs allocateOffHeap(int length) {
        try {
            return (OffHeapLongs) ALLOCATE.invokeExact(id(), length);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    @Override
    protected long sumOffHeap(OffHeapLongs values, int count) {
        try {
            return (long) SUM_OFF_HEAP.invokeExact(values, count);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    /** Not critical: a critical downcall must not call back into Java, so this is panama's call. */
    @Override
    protected long eachThroughStub(int count) {
        try {
            return (long) EACH.invokeExact(count);
        } catch (Throwable t) {
            throw Panama.rethrow(t);
        }
    }

    @Override
    public Throwable unavailabilityCause() {
        return BINDING.cause();
    }
}
