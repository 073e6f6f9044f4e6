package io.fibbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fibbench.FibRegistry;
import io.fibbench.Variant;
import io.fibbench.VariantInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every variant the backends register describes itself, and the benchmarks load it from that description. */
class VariantInfoTest {

    @Test
    void everyRegisteredVariantHasItsDescriptionNamingItsClass() {
        for (Variant v : FibRegistry.discover()) {
            VariantInfo info = VariantInfo.find(v.id()).orElseThrow(() -> new AssertionError(
                    "variant '" + v.id() + "' has no " + VariantInfo.FOLDER + v.id() + ".properties"));
            if (v.service() != null) {
                assertEquals(v.service().getClass().getName(), info.className(), v.id());
            }
            for (String field : List.of(info.mechanism(), info.mode(), info.compiler(), info.buildSteps(),
                    info.givesUp(), info.lines())) {
                assertNotEquals("?", field, v.id() + ": a field of its description is missing");
            }
            assertTrue(Integer.parseInt(info.lines()) > 0, v.id() + " counts no lines of binding code");
        }
    }

    @Test
    void allListsEveryVariantOnceInReportOrderWithTheFloor() {
        List<String> ids = VariantInfo.all().stream().map(VariantInfo::id).toList();
        assertEquals(List.of("java", "c", "jni", "jna-interface", "jna-direct", "jnr", "jnr-ignore-error", "javacpp",
                "javacpp-noexception", "panama", "panama-critical"), ids);
        assertEquals(FibRegistry.discover().size() + 1, ids.size());
    }

    @Test
    void loadsOnlyTheAskedVariant() throws Exception {
        assertEquals("jni", VariantState.load("jni").id());
        assertEquals(55, VariantState.load("java").fib(10));
    }

    @Test
    void anUndescribedVariantIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VariantState.load("nosuch"));
        assertTrue(e.getMessage().contains("'nosuch'") && e.getMessage().contains("src/main/fibbench/nosuch.properties"),
                e.getMessage());
        assertFalse(VariantInfo.find("nosuch").isPresent());
    }
}
