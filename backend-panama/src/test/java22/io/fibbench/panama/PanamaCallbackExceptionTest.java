package io.fibbench.panama;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.fibbench.contract.RawCallback;
import io.fibbench.nativelib.NativeLoader;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.junit.jupiter.api.Test;

/** What Panama does with an exception that leaves an upcall stub's target: the JVM ends. */
class PanamaCallbackExceptionTest {

    public static final class Probe {
        public static void main(String[] args) throws ReflectiveOperationException {
            Linker linker = Linker.nativeLinker();
            SymbolLookup lib = SymbolLookup.libraryLookup(NativeLoader.libfib(), Arena.global());
            MethodHandle target = MethodHandles.lookup().findStatic(RawCallback.class, "callback",
                    MethodType.methodType(long.class, int.class, long.class));
            var upcall = linker.upcallStub(target, FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_LONG), Arena.global());
            MethodHandle fibEach = linker.downcallHandle(lib.find("fib_each").orElseThrow(),
                    FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS));
            RawCallback.probe(() -> (long) fibEach.invokeExact(RawCallback.COUNT, upcall));
        }
    }

    @Test
    void theJvmExits() throws Exception {
        RawCallback.assertTable("panama", RawCallback.observe(Probe.class));
    }
}
