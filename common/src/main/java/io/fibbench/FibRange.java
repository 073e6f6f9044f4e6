package io.fibbench;

/**
 * The valid inputs, checked in one place so every variant rejects bad input with the same
 * message and pays the same cost for it (one unsigned compare on the hot path; the exception
 * is built out of line so the check stays small enough to inline).
 */
public final class FibRange {

    /** fib(92) = 7540113804746346429 is the largest that fits a long. */
    public static final int FIB_MAX = 92;

    /** fib_recursive(45) takes seconds; beyond it a single call takes minutes. */
    public static final int FIB_RECURSIVE_MAX = 45;

    private FibRange() {
    }

    public static void checkFib(int n) {
        if (n < 0 || n > FIB_MAX) {
            throw outOfRange(n, FIB_MAX);
        }
    }

    public static void checkFibRecursive(int n) {
        if (n < 0 || n > FIB_RECURSIVE_MAX) {
            throw outOfRange(n, FIB_RECURSIVE_MAX);
        }
    }

    /** Longest array a variant takes: as fib.h's FIB_ARRAY_MAX (16M longs, 128 MiB). */
    public static final int ARRAY_MAX = 1 << 24;

    public static void checkArray(long[] values, int count) {
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        if (count < 0 || count > values.length) {
            throw new IllegalArgumentException("count must be in [0, " + values.length + "], was " + count);
        }
    }

    /**
     * Checks off-heap values for the variant {@code owner}, and returns them: memory from another
     * variant is rejected, since each mechanism passes only its own form to C.
     */
    public static OffHeapLongs checkOffHeap(OffHeapLongs values, int count, String owner) {
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        if (!owner.equals(values.owner())) {
            throw new IllegalArgumentException("values were allocated by " + values.owner() + ", not by " + owner
                    + ": allocate them with the same variant's allocate(int)");
        }
        if (count < 0 || count > values.length()) {
            throw new IllegalArgumentException("count must be in [0, " + values.length() + "], was " + count);
        }
        return values;
    }

    public static void checkLength(int length) {
        if (length < 0 || length > ARRAY_MAX) {
            throw new IllegalArgumentException("length must be in [0, " + ARRAY_MAX + "], was " + length);
        }
    }

    public static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("index must be in [0, " + length + "), was " + index);
        }
    }

    /** fib_each visits fib(0..count-1), so count goes one past {@link #FIB_MAX}. */
    public static final int EACH_MAX = FIB_MAX + 1;

    public static void checkEach(int count, FibCallback callback) {
        if (callback == null) {
            throw new IllegalArgumentException("callback must not be null");
        }
        if (count < 0 || count > EACH_MAX) {
            throw new IllegalArgumentException("count must be in [0, " + EACH_MAX + "], was " + count);
        }
    }

    /** Longest text fib_text writes: as fib.h's FIB_TEXT_MAX (1 MiB). */
    public static final int TEXT_MAX = 1 << 20;

    public static void checkText(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
    }

    public static void checkTextLength(int length) {
        if (length < 0 || length > TEXT_MAX) {
            throw new IllegalArgumentException("length must be in [0, " + TEXT_MAX + "], was " + length);
        }
    }

    private static IllegalArgumentException outOfRange(int n, int max) {
        return new IllegalArgumentException("n must be in [0, " + max + "], was " + n);
    }
}
