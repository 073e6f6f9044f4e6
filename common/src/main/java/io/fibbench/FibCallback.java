package io.fibbench;

/**
 * What {@link FibService#each} calls for i = 0, 1, ..., count - 1, from C for a native variant
 * (an upcall). {@link FibService#each} returns the sum of what it returns.
 */
@FunctionalInterface
public interface FibCallback {

    long accept(int i, long fib);
}
