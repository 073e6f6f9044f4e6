/*
 * libfib: the one C library every Java binding in fibbench calls.
 *
 * Out-of-range contract: every function that takes n returns -1 when n is
 * outside its valid range (no valid result is negative). The Java bindings
 * check n before the call with io.fibbench.FibRange, so the same
 * IllegalArgumentException comes from every backend; the -1 is the C-level
 * guarantee that a binding that forgot the check still gets no garbage and
 * no crash or hang (fib_recursive(INT32_MAX) would otherwise never return).
 */
#ifndef FIB_H
#define FIB_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FIB_MAX_N 92            /* fib(92) = 7540113804746346429, the largest that fits int64_t */
#define FIB_RECURSIVE_MAX_N 45  /* fib_recursive(45) makes ~3.7e9 calls: seconds, not minutes */
#define FIB_ARRAY_MAX (1 << 24) /* longest array fib_sum takes: 16M values, 128 MiB */

/* Iterative fibonacci: fib(0) = 0, fib(1) = 1. Valid for 0 <= n <= 92, else -1. */
int64_t fib(int32_t n);

/* The naive doubly-recursive definition: the "one large call". Valid for 0 <= n <= 45, else -1. */
int64_t fib_recursive(int32_t n);

/* Does nothing: what is left is the cost of the call itself. */
void noop(void);

/*
 * Sum of values[0..count-1], wrapping on overflow like Java's long addition: what passing an
 * array into C costs. 0 (nothing read) when values is NULL or count is outside [0, FIB_ARRAY_MAX].
 */
int64_t fib_sum(const int64_t *values, int32_t count);

#define FIB_EACH_MAX (FIB_MAX_N + 1) /* fib_each visits fib(0..count-1): at most fib(0..92) */

/* What fib_each calls back: i and fib(i). fib_each sums what it returns. */
typedef int64_t (*fib_callback)(int32_t i, int64_t fib_i);

/*
 * Calls cb(i, fib(i)) for i = 0..count-1, in order, on the calling thread, and returns the sum of
 * what cb returned (wrapping like Java's long addition): what an upcall costs. 0, without calling
 * cb, when cb is NULL or count is outside [0, FIB_EACH_MAX]. C knows nothing of Java exceptions:
 * a binding that must stop on one does so on its side of the callback (fibbench's all do).
 */
int64_t fib_each(int32_t count, fib_callback cb);

#ifdef __cplusplus
}
#endif

#endif
