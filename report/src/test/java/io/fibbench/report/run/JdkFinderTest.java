package io.fibbench.report.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkFinderTest {

    @Test
    void findsTheRunningJdk() {
        List<Jdk> jdks = JdkFinder.find();
        assertTrue(jdks.stream().anyMatch(j -> j.feature() == Runtime.version().feature()), jdks.toString());
    }

    @Test
    void readsFeatureVersions() {
        assertEquals(17, Jdk.feature("17.0.15"));
        assertEquals(25, Jdk.feature("25"));
        assertEquals(8, Jdk.feature("1.8.0_412"));
    }

    @Test
    void aFolderThatIsNotAJdkSaysSo(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Jdk.at(dir));
        assertTrue(e.getMessage().contains("is not a JDK"), e.getMessage());
    }

    @Test
    void listsVariantsAsTheJdkSeesThem() throws Exception {
        Jdk jdk = Jdk.at(Path.of(System.getProperty("java.home")));
        List<VariantStatus> status = SuiteRunner.listVariants(jdk, SuiteRunner.forkClassPath(), List.of());
        assertTrue(status.stream().anyMatch(s -> s.id().equals("java") && s.available()), status.toString());
        assertTrue(status.stream().anyMatch(s -> s.id().equals("jni") && s.available()), status.toString());
    }

    /** -Dfibbench.* reaches the listing as it reaches the forks: a missing libfib.so shows there, with its path. */
    @Test
    void theListingSeesTheSameLibraryOverrides() throws Exception {
        Jdk jdk = Jdk.at(Path.of(System.getProperty("java.home")));
        List<VariantStatus> status = SuiteRunner.listVariants(jdk, SuiteRunner.forkClassPath(),
                List.of("-Dfibbench.lib=/nonexistent/libfib.so"));
        VariantStatus jni = status.stream().filter(s -> s.id().equals("jni")).findFirst().orElseThrow();
        assertFalse(jni.available());
        assertTrue(jni.reason().contains("/nonexistent/libfib.so"), jni.reason());
        assertTrue(status.stream().anyMatch(s -> s.id().equals("java") && s.available()), status.toString());
    }

    /** A JDK that cannot even list the variants is named, with what it said, in the first line. */
    @Test
    void aJdkThatFailsToListSaysWhy(@TempDir Path dir) throws Exception {
        Path java = Files.createDirectories(dir.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'Error: could not reserve enough space for object heap' >&2\nexit 1\n");
        java.toFile().setExecutable(true);
        Files.writeString(dir.resolve("release"), "JAVA_VERSION=\"25.0.1\"\n");
        IOException e = assertThrows(IOException.class, () -> SuiteRunner.listVariants(Jdk.at(dir), "x.jar", List.of()));
        String first = e.getMessage().lines().findFirst().orElseThrow();
        assertTrue(first.contains(dir.toString()) && first.contains("could not reserve enough space")
                && first.contains("--jdk"), first);
    }
}
