package io.fibbench.panama;

import static io.fibbench.contract.WrongSignatureTable.TRUNCATED_FIB_92;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.fibbench.contract.WrongSignatureTable;
import io.fibbench.nativelib.NativeLoader;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.WrongMethodTypeException;
import org.junit.jupiter.api.Test;

/** A descriptor is a promise nobody checks: say JAVA_INT for an int64_t return and you get 32 bits. */
class PanamaWrongSignatureTest {

    private static final MethodHandle WRONG_FIB = Linker.nativeLinker().downcallHandle(
            SymbolLookup.libraryLookup(NativeLoader.libfib(), Arena.global()).find("fib").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT));

    @Test
    void aWrongDescriptorTruncatesSilently() throws Throwable {
        assertEquals(TRUNCATED_FIB_92, (int) WRONG_FIB.invokeExact(92));
        WrongSignatureTable.assertOutcome("panama", "silent truncation");
    }

    @Test
    void onlyAJavaSideMismatchIsCaught() {
        assertThrows(WrongMethodTypeException.class, () -> {
            long wrong = (long) WRONG_FIB.invokeExact(92);
            throw new AssertionError("invokeExact accepted " + wrong);
        });
    }
}
