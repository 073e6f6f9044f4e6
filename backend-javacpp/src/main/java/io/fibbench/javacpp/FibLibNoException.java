package io.fibbench.javacpp;

import io.fibbench.CallbackGuard;
import io.fibbench.nativelib.NativeLoader;
import org.bytedeco.javacpp.FunctionPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.annotation.Cast;
import org.bytedeco.javacpp.annotation.Name;
import org.bytedeco.javacpp.annotation.NoException;
import org.bytedeco.javacpp.annotation.Platform;

/**
 * FibLib with {@code @NoException}: the generated glue drops its try/catch around each call.
 * Gives up: a C++ exception thrown by the callee would terminate the JVM instead of becoming a
 * Java exception (libfib is C and throws none).
 */
@Platform(include = "fib.h", link = "fib")
@NoException
public final class FibLibNoException {

    static {
        NativeLoader.libfib();
        Loader.load();
    }

    private FibLibNoException() {
    }

    public static native long fib(int n);

    @Name("fib_recursive")
    public static native long fibRecursive(int n);

    public static native void noop();

    /** JavaCPP copies a Java array into native memory before the call and back after it. */
    @Name("fib_sum")
    public static native long sum(@Cast("const int64_t*") long[] values, int count);

    @Name("fib_sum")
    public static native long sum(@Cast("const int64_t*") LongPointer values, int count);

    /**
     * The C function pointer fib_each calls. JavaCPP generates a C++ thunk per instance that calls
     * {@link #call} through JNI; the casts make its type int64_t (*)(int32_t, int64_t), not long long.
     * Not final: a subclass that overrides call gets JavaCPP's own exception handling, as the tests show.
     */
    public static class EachCallback extends FunctionPointer {
        static {
            Loader.load();
        }

        public EachCallback() {
            allocate();
        }

        private native void allocate();

        public @Cast("int64_t") long call(int i, @Cast("int64_t") long fib) {
            return CallbackGuard.dispatch(i, fib);
        }
    }

    @Name("fib_each")
    public static native long each(int count, @Cast("fib_callback") EachCallback callback);
}
