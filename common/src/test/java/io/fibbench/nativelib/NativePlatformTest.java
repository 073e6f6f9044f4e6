package io.fibbench.nativelib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NativePlatformTest {

    /** What JVMs report on each platform the build supports, and the folder each must map to. */
    @ParameterizedTest
    @CsvSource({
            "Linux, amd64, linux-x86_64, libfib.so",
            "Linux, aarch64, linux-arm64, libfib.so",
            "Mac OS X, aarch64, macosx-arm64, libfib.dylib",
            "Mac OS X, x86_64, macosx-x86_64, libfib.dylib",
            "Linux, riscv64, linux-riscv64, libfib.so",
            "Windows 11, amd64, windows-x86_64, fib.dll",
    })
    void mapsWhatTheJvmReportsToOneName(String osName, String osArch, String platform, String libfib) {
        assertEquals(platform, NativePlatform.of(osName, osArch));
        assertEquals(libfib, NativePlatform.library(platform, "fib"));
    }

    /**
     * The build names its platform in the parent pom's profiles (Maven's view of os.name and os.arch);
     * this JVM names it here. If they differ, the loader looks in a folder the build never filled.
     */
    @Test
    void theBuildPackedForThePlatformThisJvmNames() {
        String built = System.getProperty("fibbench.test.build-platform");
        assumeTrue(built != null && !built.startsWith("$"), "run by Maven's surefire, which passes the build's platform");
        assertEquals(built, NativePlatform.current(), "the build packed " + built + " but this JVM runs on "
                + NativePlatform.current() + ": a cross build's tests need a JVM of its platform (-Dfibbench.test.jvm, "
                + "see scripts/emulated-aarch64.sh), or a platform-* profile in the parent pom names this machine wrong");
    }
}
