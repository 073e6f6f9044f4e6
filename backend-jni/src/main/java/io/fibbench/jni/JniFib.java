package io.fibbench.jni;

import io.fibbench.CheckedFib;
import io.fibbench.DirectBufferLongs;
import io.fibbench.ErrnoException;
import io.fibbench.FibCallback;
import io.fibbench.FibPair;
import io.fibbench.FibQuad;
import io.fibbench.nativelib.Binding;
import io.fibbench.nativelib.NativeLoader;
import io.fibbench.nativelib.NativePlatform;

/**
 * JNI, the API mode of Java: hand-written C glue (src/main/c/fibjni.c) compiled against fib.h and
 * the header javac -h writes for this class, so a wrong signature fails the build, not the run.
 * Costs a C compiler and a native build step per platform.
 */
public final class JniFib extends CheckedFib<DirectBufferLongs> {

    /** Override for the glue library: {@code -Dfibbench.jni.lib=/path/to/libfibjni.so}. */
    public static final String LIB_PROPERTY = "fibbench.jni.lib";

    private static final Binding<String> BINDING = Binding.attempt(() -> {
        NativeLoader.libfib(); // first: the glue's DT_NEEDED libfib.so then resolves to this copy
        String glue = NativeLoader.locate(JniFib.class, LIB_PROPERTY, "io/fibbench/jni", NativePlatform.library("fibjni"),
                "io.fibbench:backend-jni").toString();
        System.load(glue); // here, not in common: JNI binds natives to the class loader of System.load's caller
        return glue;
    });

    @Override
    public String id() {
        return "jni";
    }

    @Override
    protected long fibNative(int n) {
        return fib0(n);
    }

    @Override
    protected long fibRecursiveNative(int n) {
        return fibRecursive0(n);
    }

    @Override
    protected long fibMixedNative(int n, long a, double x, int b, long c, double y, int d, long e) {
        return fibMixed0(n, a, x, b, c, y, d, e);
    }

    /** The glue saved errno on failure, before returning: errno0 reads that copy, not errno itself. */
    @Override
    protected long fibErrnoNative(int n) {
        return ErrnoException.checked(n, fibErrno0(n), JniFib::errno0);
    }

    @Override
    protected long textLengthNative(String text) {
        return textLength0(text);
    }

    @Override
    protected String fibTextNative(int n, int length) {
        return fibText0(n, length);
    }

    /** The glue copies the struct's fields into a long[] (see fibjni.c); the record is made here. */
    @Override
    protected FibPair pairNative(int n) {
        long[] fields = new long[2];
        pair0(n, fields);
        return new FibPair(fields[0], fields[1]);
    }

    @Override
    protected FibPair pairFilledNative(int n) {
        long[] fields = new long[2];
        pairFilled0(n, fields);
        return new FibPair(fields[0], fields[1]);
    }

    @Override
    protected FibQuad quadNative(int n) {
        long[] fields = new long[4];
        quad0(n, fields);
        return new FibQuad(fields[0], fields[1], fields[2], Double.longBitsToDouble(fields[3]));
    }

    @Override
    protected FibQuad quadFilledNative(int n) {
        long[] fields = new long[4];
        quadFilled0(n, fields);
        return new FibQuad(fields[0], fields[1], fields[2], Double.longBitsToDouble(fields[3]));
    }

    @Override
    protected void noopNative() {
        noop0();
    }

    /** The heap array is pinned (GetPrimitiveArrayCritical), not copied: C reads it in place. */
    @Override
    protected long sumHeap(long[] values, int count) {
        return sumArray0(values, count);
    }

    @Override
    protected DirectBufferLongs allocateOffHeap(int length) {
        return new DirectBufferLongs(id(), length);
    }

    /** A direct buffer: C gets its address from GetDirectBufferAddress. */
    @Override
    protected long sumOffHeap(DirectBufferLongs values, int count) {
        return sumDirect0(values.bytes(), count);
    }

    /**
     * The glue's C trampoline calls {@code callback.accept} with CallLongMethod. A Java exception stays
     * pending in JNI: the trampoline sees it (ExceptionCheck), stops calling Java, and the JVM throws
     * it when each0 returns. No Java-side guard is needed; JNI is the one mechanism built for this.
     */
    @Override
    protected long eachNative(int count, FibCallback callback) {
        return each0(count, callback);
    }

    @Override
    public Throwable unavailabilityCause() {
        return BINDING.cause();
    }

    private static native long fib0(int n);

    private static native long fibRecursive0(int n);

    private static native long fibMixed0(int n, long a, double x, int b, long c, double y, int d, long e);

    private static native long fibErrno0(int n);

    private static native int errno0();

    private static native long textLength0(String text);

    private static native String fibText0(int n, int length);

    private static native void pair0(int n, long[] out);

    private static native void pairFilled0(int n, long[] out);

    private static native void quad0(int n, long[] out);

    private static native void quadFilled0(int n, long[] out);

    private static native void noop0();

    private static native long sumArray0(long[] values, int count);

    private static native long sumDirect0(java.nio.ByteBuffer values, int count);

    private static native long each0(int count, FibCallback callback);
}
