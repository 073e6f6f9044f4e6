package io.fibbench.panama;

import java.lang.invoke.MethodHandle;

/**
 * libfib's functions as linked by {@code Downcalls} (JDK 22+), one named handle each. A record of the
 * Java 17 part, so the FibServices can hold the handles in {@code static final} fields, which is
 * what lets the JIT treat them as constants and inline invokeExact.
 */
record Handles(MethodHandle fib, MethodHandle fibRecursive, MethodHandle fibMixed, MethodHandle fibErrno,
               MethodHandle textLength, MethodHandle fibText, MethodHandle pair, MethodHandle pairFilled,
               MethodHandle quad, MethodHandle quadFilled, MethodHandle noop, MethodHandle sumHeap,
               MethodHandle allocate, MethodHandle sumOffHeap, MethodHandle each) {

    /** What a variant holds when linking failed: it is then unavailable, and nothing calls these. */
    static final Handles UNLINKED = new Handles(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
}
