package io.fibbench;

/**
 * C's fib_quad (three int64_t and a double, 32 bytes: returned by value through memory on x86-64),
 * as every variant returns it: n, fib(n), fib(n - 1) with fib(-1) = 1, and fib / previous.
 */
public record FibQuad(long n, long fib, long previous, double ratio) {
}
