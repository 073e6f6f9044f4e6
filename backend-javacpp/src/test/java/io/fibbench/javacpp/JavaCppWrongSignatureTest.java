package io.fibbench.javacpp;

import static io.fibbench.contract.WrongSignatureTable.TRUNCATED_FIB_92;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fibbench.contract.WrongSignatureTable;
import io.fibbench.javacpp.wrong.WrongFibLib;
import org.junit.jupiter.api.Test;

/**
 * API mode does not save JavaCPP here: the generated C++ narrows int64_t to jint without a
 * diagnostic, so the build passes (this module's test build compiles WrongFibLib) and the value is cut.
 */
class JavaCppWrongSignatureTest {

    @Test
    void anIntReturnCompilesAndTruncatesSilently() throws Exception {
        assertEquals(TRUNCATED_FIB_92, WrongFibLib.fib(92));
        WrongSignatureTable.assertOutcome("javacpp", "silent truncation");
    }
}
