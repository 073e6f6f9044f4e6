package io.fibbench.javacpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fibbench.nativelib.NativePlatform;
import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.Test;

/**
 * JavaCPP finds its glue under its own platform name and cannot be told another; libfib and the
 * JNI glue are packed under NativePlatform's. Where the two names differ (JavaCPP says linux-arm64
 * where JVMs say aarch64), one of the two folders would never be found.
 */
class JavaCppPlatformTest {

    @Test
    void javacppAndTheLoaderNameThisPlatformAlike() {
        assertEquals(Loader.getPlatform(), NativePlatform.current());
    }
}
