package io.fibbench.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fibbench.ClaimTable;
import java.io.IOException;

/**
 * The wrong-signature table (io/fibbench/wrong-signature.csv in common, read by the report) is
 * claims; each backend's wrong-signature test checks its row against what it observed.
 */
public final class WrongSignatureTable {

    /** fib(92) as a wrongly declared int return sees it: the low 32 bits. */
    public static final int TRUNCATED_FIB_92 = (int) 7540113804746346429L;

    private WrongSignatureTable() {
    }

    public static void assertOutcome(String mechanism, String observedOutcome) throws IOException {
        assertEquals(outcomeOf(mechanism), observedOutcome,
                "wrong-signature.csv disagrees with what " + mechanism + " did: update the table");
    }

    private static String outcomeOf(String mechanism) throws IOException {
        return ClaimTable.row(ClaimTable.WRONG_SIGNATURE, mechanism).get("outcome");
    }
}
