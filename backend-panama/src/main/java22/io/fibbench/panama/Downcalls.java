package io.fibbench.panama;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.fibbench.CallbackGuard;
import io.fibbench.OffHeapLongs;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;

/**
 * The Panama binding itself (java.lang.foreign, compiled with --release 22): downcall handles
 * for fib, fib_recursive, noop, fib_sum and fib_each, and the upcall stub fib_each calls. ABI mode: the descriptors below are the only
 * statement of the C signatures, checked by nobody.
 */
final class Downcalls {

    private Downcalls() {
    }

    /**
     * libfib's functions, linked into {@link Handles}. With {@code critical}, fib and noop are linked with {@code Linker.Option.critical(false)}, and
     * fib_sum with {@code critical(true)} so a heap array goes to C in place instead of being copied;
     * fib_recursive never is, because a critical call blocks safepoints (and so every GC) for as long
     * as it runs, and fib_recursive(45) runs for seconds. fib_each never is either: a critical
     * function must not call back into Java.
     */
    static Handles link(String libfib, boolean critical) {
        Linker linker = Linker.nativeLinker();
        SymbolLookup lib = SymbolLookup.libraryLookup(Path.of(libfib), Arena.global());
        Linker.Option[] shortCalls = critical ? new Linker.Option[] {Linker.Option.critical(false)} : new Linker.Option[0];
        MemorySegment fibSum = lib.find("fib_sum").orElseThrow();
        FunctionDescriptor sumDescriptor = FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_INT);
        MethodHandle sumNative = linker.downcallHandle(fibSum, sumDescriptor);
        MethodHandle sumHeap;
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodType heap = MethodType.methodType(long.class, MethodHandle.class, long[].class, int.class);
            sumHeap = critical
                    ? MethodHandles.insertArguments(lookup.findStatic(Downcalls.class, "sumInPlace", heap), 0,
                            linker.downcallHandle(fibSum, sumDescriptor, Linker.Option.critical(true)))
                    : MethodHandles.insertArguments(lookup.findStatic(Downcalls.class, "sumCopy", heap), 0, sumNative);
            return new Handles(
                linker.downcallHandle(lib.find("fib").orElseThrow(), FunctionDescriptor.of(JAVA_LONG, JAVA_INT), shortCalls),
                linker.downcallHandle(lib.find("fib_recursive").orElseThrow(), FunctionDescriptor.of(JAVA_LONG, JAVA_INT)),
                linker.downcallHandle(lib.find("noop").orElseThrow(), FunctionDescriptor.ofVoid(), shortCalls),
                sumHeap,
                lookup.findStatic(PanamaLongs.class, "allocate",
                        MethodType.methodType(OffHeapLongs.class, String.class, int.class)),
                MethodHandles.insertArguments(lookup.findStatic(Downcalls.class, "sumOffHeap",
                        MethodType.methodType(long.class, MethodHandle.class, OffHeapLongs.class, int.class)), 0, sumNative),
                each(linker, lib, lookup));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * fib_each with its function pointer bound: one upcall stub, made once for the JVM's lifetime
     * (Arena.global()), whose target is CallbackGuard.dispatch. The guard matters here: an exception
     * that leaves an upcall stub's target ends the JVM.
     */
    private static MethodHandle each(Linker linker, SymbolLookup lib, MethodHandles.Lookup lookup)
            throws ReflectiveOperationException {
        MethodHandle dispatch = lookup.findStatic(CallbackGuard.class, "dispatch",
                MethodType.methodType(long.class, int.class, long.class));
        MemorySegment upcall = linker.upcallStub(dispatch, FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_LONG),
                Arena.global());
        MethodHandle fibEach = linker.downcallHandle(lib.find("fib_each").orElseThrow(),
                FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS));
        return MethodHandles.insertArguments(fibEach, 1, upcall);
    }

    /** Default: a heap array cannot go to C as it is, so it is copied into native memory first. */
    private static long sumCopy(MethodHandle fibSum, long[] values, int count) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment copy = arena.allocate(JAVA_LONG, Math.max(1, count));
            MemorySegment.copy(values, 0, copy, JAVA_LONG, 0, count);
            return (long) fibSum.invokeExact(copy, count);
        }
    }

    /** critical(true): the heap array's own memory goes to C, no copy (the GC waits meanwhile). */
    private static long sumInPlace(MethodHandle fibSum, long[] values, int count) throws Throwable {
        return (long) fibSum.invokeExact(MemorySegment.ofArray(values), count);
    }

    private static long sumOffHeap(MethodHandle fibSum, OffHeapLongs values, int count) throws Throwable {
        return (long) fibSum.invokeExact(((PanamaLongs) values).segment, count);
    }
}
