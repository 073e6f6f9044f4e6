package io.fibbench.javacpp;

import io.fibbench.CallbackGuard;
import io.fibbench.nativelib.NativeLoader;
import org.bytedeco.javacpp.FunctionPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.annotation.ByVal;
import org.bytedeco.javacpp.annotation.Cast;
import org.bytedeco.javacpp.annotation.Name;
import org.bytedeco.javacpp.annotation.NoException;
import org.bytedeco.javacpp.annotation.Platform;

/**
 * FibLib with {@code @NoException}: the generated glue drops its try/catch around each call.
 * Gives up: a C++ exception thrown by the callee would terminate the JVM instead of becoming a
 * Java exception (libfib is C and throws none).
 */
@Platform(include = {"fib.h", "fib_errno_saved.h"}, link = "fib")
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

    @Name("fib_mixed")
    public static native long fibMixed(int n, long a, double x, int b, long c, double y, int d, long e);

    /** fib_errno through fib_errno_saved.h's wrapper, which saves errno on failure for {@link #savedErrno}. */
    @Name("fib_errno_saving")
    public static native long fibErrno(int n);

    @Name("fibbench_saved_errno")
    public static native int savedErrno();

    /** {@code @ByVal}: see FibLib, whose struct classes these use. */
    @Name("fib_pair_of")
    public static native @ByVal FibLib.Pair pairOf(int n);

    @Name("fib_pair_fill")
    public static native int pairFill(int n, FibLib.Pair out);

    @Name("fib_quad_of")
    public static native @ByVal FibLib.Quad quadOf(int n);

    @Name("fib_quad_fill")
    public static native int quadFill(int n, FibLib.Quad out);

    /** JavaCPP converts the String to a C string itself (see strings.csv for what it makes of non-ASCII). */
    @Name("fib_text_length")
    public static native long textLength(String text);

    /** JavaCPP copies the array to native memory before the call and back after it. */
    @Name("fib_text")
    public static native int text(int n, @Cast("char*") byte[] buf, int length);

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
