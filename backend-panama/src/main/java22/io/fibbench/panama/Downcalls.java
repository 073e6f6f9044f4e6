package io.fibbench.panama;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

/**
 * The Panama binding itself (java.lang.foreign, compiled with --release 22): downcall handles
 * for fib, fib_recursive and noop. ABI mode: the descriptors below are the only statement of
 * the C signatures, checked by nobody.
 */
final class Downcalls {

    private Downcalls() {
    }

    /**
     * {fib, fib_recursive, noop}. With {@code critical}, fib and noop are linked with
     * {@code Linker.Option.critical(false)}; fib_recursive never is, because a critical call blocks
     * safepoints (and so every GC) for as long as it runs, and fib_recursive(45) runs for seconds.
     */
    static MethodHandle[] link(String libfib, boolean critical) {
        Linker linker = Linker.nativeLinker();
        SymbolLookup lib = SymbolLookup.libraryLookup(Path.of(libfib), Arena.global());
        Linker.Option[] shortCalls = critical ? new Linker.Option[] {Linker.Option.critical(false)} : new Linker.Option[0];
        return new MethodHandle[] {
            linker.downcallHandle(lib.find("fib").orElseThrow(), FunctionDescriptor.of(JAVA_LONG, JAVA_INT), shortCalls),
            linker.downcallHandle(lib.find("fib_recursive").orElseThrow(), FunctionDescriptor.of(JAVA_LONG, JAVA_INT)),
            linker.downcallHandle(lib.find("noop").orElseThrow(), FunctionDescriptor.ofVoid(), shortCalls),
        };
    }
}
