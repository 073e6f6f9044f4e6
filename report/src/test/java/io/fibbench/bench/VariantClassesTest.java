package io.fibbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fibbench.FibRegistry;
import io.fibbench.Variant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The benchmarks' id-to-class table must agree with what the backends register. */
class VariantClassesTest {

    @Test
    void everyRegisteredVariantIsInTheTableWithItsClass() {
        Set<String> registered = FibRegistry.discover().stream().map(Variant::id).collect(Collectors.toSet());
        assertEquals(registered, VariantClasses.CLASSES.keySet());
        for (Variant v : FibRegistry.discover()) {
            if (v.service() != null) {
                assertEquals(v.service().getClass().getName(), VariantClasses.CLASSES.get(v.id()), v.id());
            }
        }
    }

    @Test
    void loadsOnlyTheAskedVariant() throws Exception {
        assertEquals("jni", VariantClasses.load("jni").id());
        assertTrue(VariantClasses.load("java").fib(10) == 55);
    }
}
