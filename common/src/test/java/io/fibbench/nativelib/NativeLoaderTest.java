package io.fibbench.nativelib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NativeLoaderTest {

    @Test
    void libfibIsExtractedFromTheNativeJarAndLoads() {
        Path lib = NativeLoader.libfib();
        assertTrue(Files.isRegularFile(lib), lib.toString());
        assertEquals(NativePlatform.library("fib"), lib.getFileName().toString());
        assertEquals(lib, NativeLoader.libfib(), "loaded once per JVM");
    }

    @Test
    void aMissingOverrideSaysWhichPathAndHowToFixIt() {
        String property = "fibbench.test.missing";
        System.setProperty(property, "/nonexistent/libfib.so");
        try {
            NativeLibraryException e = assertThrows(NativeLibraryException.class,
                    () -> NativeLoader.locate(NativeLoaderTest.class, property, "io/fibbench/native", "libfib.so", "io.fibbench:native"));
            assertTrue(e.getMessage().contains("/nonexistent/libfib.so"), e.getMessage());
            assertTrue(e.getMessage().contains("-D" + property), e.getMessage());
        } finally {
            System.clearProperty(property);
        }
    }

    @Test
    void aMissingResourceNamesTheArtifactAndTheOverride() {
        NativeLibraryException e = assertThrows(NativeLibraryException.class,
                () -> NativeLoader.locate(NativeLoaderTest.class, "fibbench.test.unset", "io/fibbench/nowhere", "libnone.so", "io.fibbench:none"));
        assertTrue(e.getMessage().contains("io/fibbench/nowhere/" + NativePlatform.current() + "/libnone.so"), e.getMessage());
        assertTrue(e.getMessage().contains("io.fibbench:none, which packs no platform's"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dfibbench.test.unset="), e.getMessage());
    }

    @Test
    void aPlatformWithNothingPackedIsToldWhichPlatformsAre() {
        NativeLibraryException e = assertThrows(NativeLibraryException.class,
                () -> NativeLoader.locate(NativeLoaderTest.class, "fibbench.test.unset", "io/fibbench/native", "libnone.so", "io.fibbench:native"));
        assertTrue(e.getMessage().contains("which packs only " + NativePlatform.current()), e.getMessage());
    }
}
