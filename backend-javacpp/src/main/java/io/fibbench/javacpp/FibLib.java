package io.fibbench.javacpp;

import io.fibbench.CallbackGuard;
import io.fibbench.nativelib.NativeLoader;
import org.bytedeco.javacpp.FunctionPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.annotation.ByVal;
import org.bytedeco.javacpp.annotation.Cast;
import org.bytedeco.javacpp.annotation.MemberGetter;
import org.bytedeco.javacpp.annotation.Name;
import org.bytedeco.javacpp.annotation.Platform;

/**
 * This project's own JavaCPP binding of fib.h. At build time javacpp's Maven plugin generates the
 * JNI C++ from these declarations and compiles it with g++ against fib.h (API mode: a compiler
 * and a build step). Calls keep JavaCPP's default C++ exception guard.
 */
@Platform(include = {"fib.h", "fib_errno_saved.h"}, link = "fib")
public final class FibLib {

    static {
        NativeLoader.libfib(); // the generated library links to libfib.so by soname: load the shared copy first
        Loader.load();
    }

    private FibLib() {
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

    /**
     * fib.h's fib_pair, a C struct JavaCPP wraps: a new one allocates native memory (freed by close()),
     * and the fields are read through JNI getters ({@code @MemberGetter}: a getter without a setter is a field only so). FibLibNoException's calls use these same classes.
     */
    @Name("fib_pair")
    public static class Pair extends Pointer {
        static {
            Loader.load();
        }

        public Pair() {
            super((Pointer) null);
            allocate();
        }

        private native void allocate();

        @MemberGetter public native @Cast("int64_t") long n();

        @MemberGetter public native @Cast("int64_t") long fib();
    }

    /** fib.h's fib_quad. */
    @Name("fib_quad")
    public static class Quad extends Pointer {
        static {
            Loader.load();
        }

        public Quad() {
            super((Pointer) null);
            allocate();
        }

        private native void allocate();

        @MemberGetter public native @Cast("int64_t") long n();

        @MemberGetter public native @Cast("int64_t") long fib();

        @MemberGetter public native @Cast("int64_t") long previous();

        @MemberGetter public native double ratio();
    }

    /** {@code @ByVal}: JavaCPP copies the returned struct into a new Pair (native memory) per call. */
    @Name("fib_pair_of")
    public static native @ByVal Pair pairOf(int n);

    @Name("fib_pair_fill")
    public static native int pairFill(int n, Pair out);

    @Name("fib_quad_of")
    public static native @ByVal Quad quadOf(int n);

    @Name("fib_quad_fill")
    public static native int quadFill(int n, Quad out);

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
