package io.fibbench.jna;

import static io.fibbench.contract.WrongSignatureTable.TRUNCATED_FIB_92;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import io.fibbench.contract.WrongSignatureTable;
import io.fibbench.nativelib.NativeLoader;
import org.junit.jupiter.api.Test;

/** ABI mode's risk: declare fib as returning int and nothing complains; the value is cut to 32 bits. */
class JnaWrongSignatureTest {

    interface WrongLib extends Library {
        int fib(int n);
    }

    static final class WrongDirect {
        static native int fib(int n);
    }

    @Test
    void interfaceMappingTruncatesSilently() throws Exception {
        WrongLib lib = Native.load(NativeLoader.libfib().toString(), WrongLib.class);
        assertEquals(TRUNCATED_FIB_92, lib.fib(92));
        WrongSignatureTable.assertOutcome("jna", "silent truncation");
    }

    @Test
    void directMappingTruncatesSilently() throws Exception {
        Native.register(WrongDirect.class, NativeLibrary.getInstance(NativeLoader.libfib().toString()));
        assertEquals(TRUNCATED_FIB_92, WrongDirect.fib(92));
        WrongSignatureTable.assertOutcome("jna", "silent truncation");
    }
}
