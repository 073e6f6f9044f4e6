package io.fibbench;

/** C's fib_pair (two int64_t, 16 bytes: returned by value in registers on x86-64), as every variant returns it. */
public record FibPair(long n, long fib) {
}
