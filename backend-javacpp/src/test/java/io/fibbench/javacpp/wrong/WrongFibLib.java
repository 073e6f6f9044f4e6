package io.fibbench.javacpp.wrong;

import io.fibbench.nativelib.NativeLoader;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.annotation.Platform;

/** fib declared as returning int: javacpp's plugin builds this in process-test-classes, and g++ accepts it. */
@Platform(include = "fib.h", link = "fib")
public final class WrongFibLib {

    static {
        NativeLoader.libfib();
        Loader.load();
    }

    private WrongFibLib() {
    }

    public static native int fib(int n);
}
