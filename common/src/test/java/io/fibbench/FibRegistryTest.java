package io.fibbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FibRegistryTest {

    @Test
    void listsPureJavaAsAvailable() {
        Variant java = FibRegistry.discover().stream().filter(v -> v.id().equals("java")).findFirst().orElseThrow();
        assertTrue(java.isAvailable());
        assertEquals("", java.reason());
        assertInstanceOf(PureJavaFib.class, FibRegistry.require("java"));
    }

    @Test
    void anUnknownIdNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FibRegistry.require("cobol"));
        assertTrue(e.getMessage().contains("'cobol'") && e.getMessage().contains("java"), e.getMessage());
    }

    @Test
    void anUnavailableVariantGivesItsReasonInOneLine() {
        Variant broken = new Variant("x", null, new IllegalStateException("needs JDK 22+\nmore detail"));
        assertEquals("needs JDK 22+", broken.reason());
    }
}
