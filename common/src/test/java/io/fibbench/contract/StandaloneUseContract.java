package io.fibbench.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backend is usable as a plain Maven dependency: a fresh JVM whose class path is only the
 * backend's packaged jar and its runtime dependencies (no reactor folders, no -D options) finds its
 * variants with ServiceLoader and gets right answers. Subclasses run under failsafe, which passes
 * that class path in {@code fibbench.it.classpath}.
 */
public abstract class StandaloneUseContract {

    /** The variant ids this backend registers. */
    protected abstract List<String> expectedIds();

    @Test
    void aProjectWithOnlyThisBackendGetsWorkingVariants(@TempDir Path dir) throws Exception {
        String classPath = System.getProperty("fibbench.it.classpath");
        assertNotNull(classPath, "fibbench.it.classpath is unset: run this test through failsafe (./mvnw verify)");
        assertTrue(classPath.contains(".jar"), "expected packaged jars, got " + classPath);
        Path probe = dir.resolve("StandaloneProbe.java");
        try (InputStream in = StandaloneUseContract.class.getResourceAsStream("StandaloneProbe.java.txt")) {
            Files.copy(in, probe);
        }
        ChildJvm.Outcome run = ChildJvm.java(List.of("-cp", classPath, probe.toString()));
        String output = run.output();
        assertEquals(0, run.exitCode(), output);
        for (String id : expectedIds()) {
            assertTrue(output.lines().anyMatch(line -> line.equals(id + " fib(92)=7540113804746346429")),
                    () -> id + " did not work standalone; probe printed:\n" + output);
        }
    }
}
