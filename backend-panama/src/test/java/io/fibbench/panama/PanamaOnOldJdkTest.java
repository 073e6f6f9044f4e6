package io.fibbench.panama;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fibbench.FibRegistry;
import io.fibbench.Variant;
import io.fibbench.VariantUnavailableException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compiled for JDK 17 and run on the JDK that runs Maven (the jdk17 surefire execution): below
 * JDK 22, panama is listed as unavailable with its reason, every call refuses with the one
 * VariantUnavailableException, and the other variants still load.
 */
class PanamaOnOldJdkTest {

    @Test
    void belowJdk22PanamaIsListedUnavailableAndNothingElseBreaks() {
        assumeTrue(Runtime.version().feature() < Panama.MIN_FEATURE, "this JVM runs Panama; the contract tests cover it");
        List<Variant> variants = FibRegistry.discover();
        for (String id : List.of("panama", "panama-critical")) {
            Variant v = variants.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            assertFalse(v.isAvailable(), id + " claims to work on " + Runtime.version());
            assertTrue(v.reason().contains("needs JDK 22+"), v.reason());
            for (org.junit.jupiter.api.function.Executable call : List.<org.junit.jupiter.api.function.Executable>of(
                    () -> v.service().fib(5), () -> v.service().noop(), () -> v.service().allocate(1),
                    () -> v.service().sum(new long[] {1}, 1), () -> v.service().each(1, (i, f) -> f))) {
                VariantUnavailableException e = assertThrows(VariantUnavailableException.class, call);
                assertTrue(e.getMessage().startsWith("variant '" + id + "' cannot run here: needs JDK 22+"), e.getMessage());
            }
        }
        assertTrue(variants.stream().anyMatch(v -> v.id().equals("java") && v.isAvailable()));
    }
}
