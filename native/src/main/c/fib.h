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

/*
 * fib(n) with seven more arguments of mixed types, all of which the result depends on: what each
 * argument costs to pass. Returns fib(n) + a + b + c + d + e, wrapping like Java's long addition, plus
 * 1 when x < y (a comparison, so no double is ever converted to an integer). -1 when n is outside
 * [0, FIB_MAX_N], like fib; the only function here whose valid results may be negative too, so the Java
 * side's check of n is what tells them apart.
 */
int64_t fib_mixed(int32_t n, int64_t a, double x, int32_t b, int64_t c, double y, int32_t d, int64_t e);

/*
 * fib(n) that reports failure the C library way: returns -1 and sets errno to EDOM when n < 0 and to
 * ERANGE when n > FIB_MAX_N (fib(93) does not fit int64_t). On success errno is left as it was, as
 * the C standard has it, so a caller reads errno only when the result is -1.
 */
int64_t fib_errno(int32_t n);

#define FIB_TEXT_MAX (1 << 20) /* longest text fib_text writes: 1 MiB */

/*
 * The bytes of text before its first NUL (strlen): what a binding's string reaches C as. -1 when
 * text is NULL.
 */
int64_t fib_text_length(const char *text);

/*
 * Writes the decimal digits of fib(n), repeated and cut to length bytes, and a NUL after them, into
 * buf, which has room for length + 1 bytes: text coming back from C. Returns length; -1, writing
 * nothing, when n is outside [0, FIB_MAX_N], buf is NULL or length is outside [0, FIB_TEXT_MAX].
 */
int32_t fib_text(int32_t n, char *buf, int32_t length);

/* Two int64_t fields, 16 bytes: x86-64 returns it by value in two registers (rax, rdx). */
typedef struct {
    int64_t n;
    int64_t fib;
} fib_pair;

/* Four fields, 32 bytes: too large for registers, so it is returned through memory the caller provides. */
typedef struct {
    int64_t n;
    int64_t fib;
    int64_t previous; /* fib(n - 1), with fib(-1) = 1 */
    double ratio;     /* (double) fib / (double) previous */
} fib_quad;

/* n and fib(n) by value. {-1, -1} when n is outside [0, FIB_MAX_N]. */
fib_pair fib_pair_of(int32_t n);

/* n, fib(n), fib(n - 1) and their ratio by value. All -1 when n is outside [0, FIB_MAX_N]. */
fib_quad fib_quad_of(int32_t n);

/* The same, written through a pointer. Return 0; -1, writing nothing, for bad n or a NULL out. */
int32_t fib_pair_fill(int32_t n, fib_pair *out);
int32_t fib_quad_fill(int32_t n, fib_quad *out);

#ifdef __cplusplus
}
#endif

#endif
