package io.fibbench.report.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fibbench.VariantInfo;
import io.fibbench.bench.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runner forks only what a variant can do, and gives each variant the flags its description asks
 * for: both read from the variants' descriptions (jnr's here), never from a list of the runner's own.
 */
class UnsupportedCellsTest {

    @Test
    void aCallTheVariantCannotMakeIsNotForked() {
        assertTrue(SuiteRunner.unsupported("jnr", Scenario.STRUCT_PAIR));
        assertTrue(SuiteRunner.unsupported("jnr-ignore-error", Scenario.STRUCT_QUAD));
        assertFalse(SuiteRunner.unsupported("jnr", Scenario.STRUCT_QUAD_FILLED));
        assertFalse(SuiteRunner.unsupported("jni", Scenario.STRUCT_PAIR));
        assertFalse(SuiteRunner.unsupported("no-such-variant", Scenario.STRUCT_PAIR));
    }

    @Test
    void forkArgumentsComeFromTheVariantsDescription() {
        assertEquals(List.of("-Djnr.ffi.x86asm.enabled=false"), VariantInfo.of("jnr").forkArgs(Scenario.MANY_ARGUMENTS.id()));
        assertEquals(List.of(), VariantInfo.of("jnr").forkArgs(Scenario.SWEEP.id()));
        assertEquals(List.of(), VariantInfo.of("jni").forkArgs(Scenario.MANY_ARGUMENTS.id()));
    }
}
