package io.fibbench.javacpp;

import io.fibbench.CheckedFib;
import io.fibbench.ErrnoException;
import io.fibbench.FibPair;
import io.fibbench.FibQuad;
import java.nio.charset.StandardCharsets;
import io.fibbench.nativelib.Binding;

/** JavaCPP with {@code @NoException}: see {@link FibLibNoException} for what it gives up. */
public final class JavaCppNoExceptionFib extends CheckedFib<JavaCppLongs> {

    private static final Binding<Class<?>> BINDING =
            Binding.attempt(() -> Class.forName(FibLibNoException.class.getName(), true, JavaCppNoExceptionFib.class.getClassLoader()));

    /** One callback object for every call: JavaCPP has a fixed number of thunks per class (10). */
    private static final FibLibNoException.EachCallback UPCALL =
            BINDING.cause() == null ? new FibLibNoException.EachCallback() : null;

    @Override
    public String id() {
        return "javacpp-noexception";
    }

    @Override
    protected long fibNative(int n) {
        return FibLibNoException.fib(n);
    }

    @Override
    protected long fibRecursiveNative(int n) {
        return FibLibNoException.fibRecursive(n);
    }

    @Override
    protected long fibMixedNative(int n, long a, double x, int b, long c, double y, int d, long e) {
        return FibLibNoException.fibMixed(n, a, x, b, c, y, d, e);
    }

    @Override
    protected long fibErrnoNative(int n) {
        return ErrnoException.checked(n, FibLibNoException.fibErrno(n), FibLibNoException::savedErrno);
    }

    @Override
    protected long textLengthNative(String text) {
        return FibLibNoException.textLength(text);
    }

    @Override
    protected String fibTextNative(int n, int length) {
        byte[] buf = new byte[length + 1];
        FibLibNoException.text(n, buf, length);
        return new String(buf, 0, length, StandardCharsets.UTF_8);
    }

    /** The struct JavaCPP returns lives in native memory it allocated: freed right away by close(). */
    @Override
    protected FibPair pairNative(int n) {
        try (FibLib.Pair pair = FibLibNoException.pairOf(n)) {
            return new FibPair(pair.n(), pair.fib());
        }
    }

    @Override
    protected FibPair pairFilledNative(int n) {
        try (FibLib.Pair pair = new FibLib.Pair()) {
            FibLibNoException.pairFill(n, pair);
            return new FibPair(pair.n(), pair.fib());
        }
    }

    @Override
    protected FibQuad quadNative(int n) {
        try (FibLib.Quad quad = FibLibNoException.quadOf(n)) {
            return new FibQuad(quad.n(), quad.fib(), quad.previous(), quad.ratio());
        }
    }

    @Override
    protected FibQuad quadFilledNative(int n) {
        try (FibLib.Quad quad = new FibLib.Quad()) {
            FibLibNoException.quadFill(n, quad);
            return new FibQuad(quad.n(), quad.fib(), quad.previous(), quad.ratio());
        }
    }

    @Override
    protected void noopNative() {
        FibLibNoException.noop();
    }

    @Override
    protected long sumHeap(long[] values, int count) {
        return FibLibNoException.sum(values, count);
    }

    @Override
    protected JavaCppLongs allocateOffHeap(int length) {
        return new JavaCppLongs(id(), length);
    }

    @Override
    protected long sumOffHeap(JavaCppLongs values, int count) {
        return FibLibNoException.sum(values.pointer, count);
    }

    @Override
    protected long eachThroughStub(int count) {
        return FibLibNoException.each(count, UPCALL);
    }

    @Override
    public Throwable unavailabilityCause() {
        return BINDING.cause();
    }
}
