package io.fibbench.panama;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.fibbench.CallbackGuard;
import io.fibbench.ErrnoException;
import io.fibbench.OffHeapLongs;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.nio.file.Path;

/**
 * The Panama binding itself (java.lang.foreign, compiled with --release 22): downcall handles
 * for fib, fib_recursive, fib_mixed, fib_errno, noop, fib_sum and fib_each, and the upcall stub fib_each calls. ABI mode: the descriptors below are the only
 * statement of the C signatures, checked by nobody.
 */
final class Downcalls {

    private Downcalls() {
    }

    /** Where a downcall linked with captureCallState("errno") writes errno, right after the C function returns. */
    private static final StructLayout CAPTURED = Linker.Option.captureStateLayout();
    private static final VarHandle CAPTURED_ERRNO = CAPTURED.varHandle(PathElement.groupElement("errno"));

    /** panama-critical's capture segments: one per thread, made on its first call and kept, so no call allocates. */
    private static final ThreadLocal<MemorySegment> THREAD_CAPTURE =
            ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(CAPTURED));

    /**
     * libfib's functions, linked into {@link Handles}. With {@code critical}, fib and noop are linked with {@code Linker.Option.critical(false)}, and
     * fib_sum with {@code critical(true)} so a heap array goes to C in place instead of being copied;
     * fib_recursive never is, because a critical call blocks safepoints (and so every GC) for as long
     * as it runs, and fib_recursive(45) runs for seconds. fib_each never is either: a critical
     * function must not call back into Java. fib_errno captures errno either way; with {@code critical}
     * it is critical(false) too and captures into a segment kept per thread, not one allocated per call.
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
            Linker.Option captureErrno = Linker.Option.captureCallState("errno");
            MethodHandle fibErrno = linker.downcallHandle(lib.find("fib_errno").orElseThrow(),
                    FunctionDescriptor.of(JAVA_LONG, JAVA_INT),
                    critical ? new Linker.Option[] {captureErrno, Linker.Option.critical(false)} : new Linker.Option[] {captureErrno});
            MethodType errnoType = MethodType.methodType(long.class, MethodHandle.class, int.class);
            return new Handles(
                linker.downcallHandle(lib.find("fib").orElseThrow(), FunctionDescriptor.of(JAVA_LONG, JAVA_INT), shortCalls),
                linker.downcallHandle(lib.find("fib_recursive").orElseThrow(), FunctionDescriptor.of(JAVA_LONG, JAVA_INT)),
                linker.downcallHandle(lib.find("fib_mixed").orElseThrow(), FunctionDescriptor.of(JAVA_LONG,
                        JAVA_INT, JAVA_LONG, JAVA_DOUBLE, JAVA_INT, JAVA_LONG, JAVA_DOUBLE, JAVA_INT, JAVA_LONG), shortCalls),
                MethodHandles.insertArguments(lookup.findStatic(Downcalls.class,
                        critical ? "errnoPerThread" : "errnoPerCall", errnoType), 0, fibErrno),
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

    /** Default, as the javadoc of captureCallState shows it: a confined arena per call holds the captured errno. */
    private static long errnoPerCall(MethodHandle fibErrno, int n) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment captured = arena.allocate(CAPTURED);
            return errnoChecked(n, (long) fibErrno.invokeExact(captured, n), captured);
        }
    }

    private static long errnoPerThread(MethodHandle fibErrno, int n) throws Throwable {
        MemorySegment captured = THREAD_CAPTURE.get();
        return errnoChecked(n, (long) fibErrno.invokeExact(captured, n), captured);
    }

    private static long errnoChecked(int n, long result, MemorySegment captured) {
        if (result == -1) {
            throw ErrnoException.of(n, (int) CAPTURED_ERRNO.get(captured, 0L), null);
        }
        return result;
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
