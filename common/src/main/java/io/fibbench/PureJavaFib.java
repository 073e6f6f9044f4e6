package io.fibbench;

import java.nio.LongBuffer;

/**
 * The reference: the same algorithms as fib.c, in Java. No caching and no table, so the JIT
 * has nothing to fold but what a benchmark hands it as a constant (the benchmarks read n from
 * non-final state for that reason).
 */
public final class PureJavaFib extends CheckedFib<DirectBufferLongs> {

    @Override
    public String id() {
        return "java";
    }

    @Override
    protected long fibNative(int n) {
        long a = 0;
        long b = 1;
        for (int i = 0; i < n; i++) {
            long next = a + b;
            a = b;
            b = next;
        }
        return a;
    }

    @Override
    protected long fibMixedNative(int n, long a, double x, int b, long c, double y, int d, long e) {
        return fibNative(n) + a + b + c + d + e + (x < y ? 1 : 0);
    }

    /** fib_errno's checks in Java, with the errno values C would set. */
    @Override
    protected long fibErrnoNative(int n) {
        if (n < 0) {
            throw ErrnoException.of(n, ErrnoException.EDOM, null);
        }
        if (n > FibRange.FIB_MAX) {
            throw ErrnoException.of(n, ErrnoException.ERANGE, null);
        }
        return fibNative(n);
    }

    /** What C's strlen would count of the text's real UTF-8 bytes, computed without encoding it. */
    @Override
    protected long textLengthNative(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                break;
            }
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes += 1; // a lone surrogate: Java's UTF-8 encoder writes '?'
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    @Override
    protected String fibTextNative(int n, int length) {
        return repeatDigits(fibNative(n), length);
    }

    /** fib_text's result in Java: the decimal digits of {@code value} repeated and cut to {@code length}. */
    static String repeatDigits(long value, int length) {
        String digits = Long.toString(value);
        return digits.repeat(length / digits.length() + 1).substring(0, length);
    }

    @Override
    protected FibPair pairNative(int n) {
        return new FibPair(n, fibNative(n));
    }

    @Override
    protected FibPair pairFilledNative(int n) {
        return pairNative(n);
    }

    @Override
    protected FibQuad quadNative(int n) {
        return quadOf(n, fibNative(n), n == 0 ? 1 : fibNative(n - 1));
    }

    @Override
    protected FibQuad quadFilledNative(int n) {
        return quadNative(n);
    }

    /** fib_quad's ratio computed as C does: both converted to double, then divided. */
    static FibQuad quadOf(int n, long fib, long previous) {
        return new FibQuad(n, fib, previous, (double) fib / (double) previous);
    }

    @Override
    protected long fibRecursiveNative(int n) {
        return recursive(n);
    }

    private static long recursive(int n) {
        return n < 2 ? n : recursive(n - 1) + recursive(n - 2);
    }

    @Override
    protected long sumHeap(long[] values, int count) {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += values[i];
        }
        return sum;
    }

    @Override
    protected DirectBufferLongs allocateOffHeap(int length) {
        return new DirectBufferLongs(id(), length);
    }

    @Override
    protected long sumOffHeap(DirectBufferLongs values, int count) {
        LongBuffer buffer = values.buffer();
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += buffer.get(i);
        }
        return sum;
    }

    /** fib_each's loop in Java: no upcall to pay, and an exception simply propagates. */
    @Override
    protected long eachNative(int count, FibCallback callback) {
        long sum = 0;
        long a = 0;
        long b = 1;
        for (int i = 0; i < count; i++) {
            sum += callback.accept(i, a);
            long next = a + b;
            a = b;
            b = next;
        }
        return sum;
    }

    @Override
    protected void noopNative() {
        // Nothing to cross: pure Java's call overhead is what the JIT leaves of an empty method.
    }
}
