package io.fibbench.panama;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.fibbench.CallbackGuard;
import io.fibbench.ErrnoException;
import io.fibbench.FibPair;
import io.fibbench.FibQuad;
import io.fibbench.OffHeapLongs;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.nio.file.Path;

/**
 * The Panama binding itself (java.lang.foreign, compiled with --release 22): downcall handles
 * for fib, fib_recursive, fib_mixed, fib_errno, fib_text_length, fib_text, noop, fib_sum and fib_each, and the upcall stub fib_each calls. ABI mode: the descriptors below are the only
 * statement of the C signatures, checked by nobody.
 */
final class Downcalls {

    private Downcalls() {
    }

    /** Where a downcall linked with captureCallState("errno") writes errno, right after the C function returns. */
    private static final StructLayout CAPTURED = Linker.Option.captureStateLayout();
    private static final VarHandle CAPTURED_ERRNO = CAPTURED.varHandle(PathElement.groupElement("errno"));

    /** fib.h's fib_pair and fib_quad. */
    private static final StructLayout PAIR = MemoryLayout.structLayout(JAVA_LONG.withName("n"), JAVA_LONG.withName("fib"));
    private static final StructLayout QUAD = MemoryLayout.structLayout(JAVA_LONG.withName("n"), JAVA_LONG.withName("fib"),
            JAVA_LONG.withName("previous"), JAVA_DOUBLE.withName("ratio"));

    /**
     * panama-critical's memory for errno, structs and text: kept per thread, made on its first call, so
     * no call allocates native memory. The allocator hands out the struct's piece for a return by value.
     */
    private static final class Scratch {
        final MemorySegment captured;
        final MemorySegment struct;
        final SegmentAllocator structAllocator;
        /** Text both ways, replaced by a larger one when a call needs more (the old one goes with the GC). */
        MemorySegment text;

        Scratch() {
            Arena arena = Arena.ofAuto();
            captured = arena.allocate(CAPTURED);
            struct = arena.allocate(QUAD);
            structAllocator = SegmentAllocator.prefixAllocator(struct);
            text = arena.allocate(1024);
        }

        /** At least {@code bytes} of text memory. */
        MemorySegment text(long bytes) {
            if (text.byteSize() < bytes) {
                text = Arena.ofAuto().allocate(Math.max(bytes, 2 * text.byteSize()));
            }
            return text;
        }
    }

    private static final ThreadLocal<Scratch> THREAD_SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * libfib's functions, linked into {@link Handles}. With {@code critical}, fib and noop are linked with {@code Linker.Option.critical(false)}, and
     * fib_sum with {@code critical(true)} so a heap array goes to C in place instead of being copied;
     * fib_recursive never is, because a critical call blocks safepoints (and so every GC) for as long
     * as it runs, and fib_recursive(45) runs for seconds. fib_each never is either: a critical
     * function must not call back into Java. fib_errno captures errno either way; with {@code critical}
     * it is critical(false) too and captures into a segment kept per thread, not one allocated per call.
     * Text goes to C and comes back through native memory from a confined arena per call by default;
     * with {@code critical}, through native memory kept per thread.
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
            MemorySegment textLengthSymbol = lib.find("fib_text_length").orElseThrow();
            FunctionDescriptor textLengthDescriptor = FunctionDescriptor.of(JAVA_LONG, ADDRESS);
            MemorySegment fibTextSymbol = lib.find("fib_text").orElseThrow();
            FunctionDescriptor fibTextDescriptor = FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
            MethodHandle textLength = MethodHandles.insertArguments(lookup.findStatic(Downcalls.class,
                    critical ? "textLengthPerThread" : "textLengthPerCall",
                    MethodType.methodType(long.class, MethodHandle.class, String.class)), 0,
                    linker.downcallHandle(textLengthSymbol, textLengthDescriptor, shortCalls));
            MethodHandle fibText = MethodHandles.insertArguments(lookup.findStatic(Downcalls.class,
                    critical ? "fibTextPerThread" : "fibTextPerCall",
                    MethodType.methodType(String.class, MethodHandle.class, int.class, int.class)), 0,
                    linker.downcallHandle(fibTextSymbol, fibTextDescriptor, shortCalls));
            Linker.Option[] structCalls = shortCalls;
            MethodHandle pairOf = linker.downcallHandle(lib.find("fib_pair_of").orElseThrow(),
                    FunctionDescriptor.of(PAIR, JAVA_INT), structCalls);
            MethodHandle pairFill = linker.downcallHandle(lib.find("fib_pair_fill").orElseThrow(),
                    FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS), structCalls);
            MethodHandle quadOf = linker.downcallHandle(lib.find("fib_quad_of").orElseThrow(),
                    FunctionDescriptor.of(QUAD, JAVA_INT), structCalls);
            MethodHandle quadFill = linker.downcallHandle(lib.find("fib_quad_fill").orElseThrow(),
                    FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS), structCalls);
            String where = critical ? "PerThread" : "PerCall";
            MethodType pairType = MethodType.methodType(FibPair.class, MethodHandle.class, int.class);
            MethodType quadType = MethodType.methodType(FibQuad.class, MethodHandle.class, int.class);
            return new Handles(
                linker.downcallHandle(lib.find("fib").orElseThrow(), FunctionDescriptor.of(JAVA_LONG, JAVA_INT), shortCalls),
                linker.downcallHandle(lib.find("fib_recursive").orElseThrow(), FunctionDescriptor.of(JAVA_LONG, JAVA_INT)),
                linker.downcallHandle(lib.find("fib_mixed").orElseThrow(), FunctionDescriptor.of(JAVA_LONG,
                        JAVA_INT, JAVA_LONG, JAVA_DOUBLE, JAVA_INT, JAVA_LONG, JAVA_DOUBLE, JAVA_INT, JAVA_LONG), shortCalls),
                MethodHandles.insertArguments(lookup.findStatic(Downcalls.class,
                        critical ? "errnoPerThread" : "errnoPerCall", errnoType), 0, fibErrno),
                textLength,
                fibText,
                MethodHandles.insertArguments(lookup.findStatic(Downcalls.class, "pairOf" + where, pairType), 0, pairOf),
                MethodHandles.insertArguments(lookup.findStatic(Downcalls.class, "pairFill" + where, pairType), 0, pairFill),
                MethodHandles.insertArguments(lookup.findStatic(Downcalls.class, "quadOf" + where, quadType), 0, quadOf),
                MethodHandles.insertArguments(lookup.findStatic(Downcalls.class, "quadFill" + where, quadType), 0, quadFill),
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
        MemorySegment captured = THREAD_SCRATCH.get().captured;
        return errnoChecked(n, (long) fibErrno.invokeExact(captured, n), captured);
    }

    private static long errnoChecked(int n, long result, MemorySegment captured) {
        if (result == -1) {
            throw ErrnoException.of(n, (int) CAPTURED_ERRNO.get(captured, 0L), null);
        }
        return result;
    }

    /** Default: a struct returned by value needs a SegmentAllocator for its memory: a confined arena per call. */
    private static FibPair pairOfPerCall(MethodHandle pairOf, int n) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            return pair((MemorySegment) pairOf.invokeExact((SegmentAllocator) arena, n));
        }
    }

    private static FibPair pairFillPerCall(MethodHandle pairFill, int n) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pair = arena.allocate(PAIR);
            int ok = (int) pairFill.invokeExact(n, pair);
            return pair(pair);
        }
    }

    private static FibQuad quadOfPerCall(MethodHandle quadOf, int n) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            return quad((MemorySegment) quadOf.invokeExact((SegmentAllocator) arena, n));
        }
    }

    private static FibQuad quadFillPerCall(MethodHandle quadFill, int n) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment quad = arena.allocate(QUAD);
            int ok = (int) quadFill.invokeExact(n, quad);
            return quad(quad);
        }
    }

    /** critical: the thread's own scratch memory, handed out by a prefix allocator, for every call. */
    private static FibPair pairOfPerThread(MethodHandle pairOf, int n) throws Throwable {
        return pair((MemorySegment) pairOf.invokeExact(THREAD_SCRATCH.get().structAllocator, n));
    }

    private static FibPair pairFillPerThread(MethodHandle pairFill, int n) throws Throwable {
        MemorySegment pair = THREAD_SCRATCH.get().struct;
        int ok = (int) pairFill.invokeExact(n, pair);
        return pair(pair);
    }

    private static FibQuad quadOfPerThread(MethodHandle quadOf, int n) throws Throwable {
        return quad((MemorySegment) quadOf.invokeExact(THREAD_SCRATCH.get().structAllocator, n));
    }

    private static FibQuad quadFillPerThread(MethodHandle quadFill, int n) throws Throwable {
        MemorySegment quad = THREAD_SCRATCH.get().struct;
        int ok = (int) quadFill.invokeExact(n, quad);
        return quad(quad);
    }

    private static FibPair pair(MemorySegment pair) {
        return new FibPair(pair.get(JAVA_LONG, 0), pair.get(JAVA_LONG, 8));
    }

    private static FibQuad quad(MemorySegment quad) {
        return new FibQuad(quad.get(JAVA_LONG, 0), quad.get(JAVA_LONG, 8), quad.get(JAVA_LONG, 16), quad.get(JAVA_DOUBLE, 24));
    }

    /** Default: the String as UTF-8 in native memory from an arena per call (allocateFrom adds the NUL). */
    private static long textLengthPerCall(MethodHandle textLength, String text) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            return (long) textLength.invokeExact(arena.allocateFrom(text));
        }
    }

    /**
     * critical: the thread's own text memory, written with setString (UTF-8 and a NUL). A byte[] from
     * getBytes passed in place with critical(true), tried first, allocated twice per call and cost 226 us
     * at 64 KiB against 2.5 us for panama's arena (default profile, 3 forks each).
     */
    private static long textLengthPerThread(MethodHandle textLength, String text) throws Throwable {
        MemorySegment buf = THREAD_SCRATCH.get().text(3L * text.length() + 1); // UTF-8 needs at most 3 bytes a char
        buf.setString(0, text);
        return (long) textLength.invokeExact(buf);
    }

    private static String fibTextPerCall(MethodHandle fibText, int n, int length) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(JAVA_BYTE, length + 1L);
            int written = (int) fibText.invokeExact(n, buf, length);
            return buf.getString(0);
        }
    }

    /** critical: C writes into the thread's own text memory, and getString makes the String. */
    private static String fibTextPerThread(MethodHandle fibText, int n, int length) throws Throwable {
        MemorySegment buf = THREAD_SCRATCH.get().text(length + 1L);
        int written = (int) fibText.invokeExact(n, buf, length);
        return buf.getString(0);
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
