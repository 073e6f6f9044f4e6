package io.fibbench.jnr;

import static io.fibbench.contract.WrongSignatureTable.TRUNCATED_FIB_92;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fibbench.contract.WrongSignatureTable;
import org.junit.jupiter.api.Test;

/** ABI mode's risk: declare fib as returning int and nothing complains; the value is cut to 32 bits. */
class JnrWrongSignatureTest {

    public interface WrongLib {
        int fib(int n);
    }

    @Test
    void anIntReturnTruncatesSilently() throws Exception {
        assertEquals(TRUNCATED_FIB_92, JnrFib.load(WrongLib.class).fib(92));
        WrongSignatureTable.assertOutcome("jnr", "silent truncation");
    }
}
