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

    private static IllegalArgumentException outOfRange(int n, int max) {
        return new IllegalArgumentException("n must be in [0, " + max + "], was " + n);
    }
}
