/* libfib's own contract, checked from C before any Java binding relies on it. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <stdint.h>

#include "fib.h"

static int failures;
static void expect(const char *what, int64_t got, int64_t want) {
    if (got != want) {
        fprintf(stderr, "FAIL %s: got %lld, want %lld\n", what, (long long) got, (long long) want);
        failures++;
    }
}

static int32_t seen;

/* Checks that fib_each hands over i and fib(i) in order; returns 1 so the sum counts the calls. */
static int64_t check_each(int32_t i, int64_t fib_i) {
    expect("fib_each's i", i, seen);
    expect("fib_each's fib(i)", fib_i, fib(i));
    seen++;
    return 1;
}

static int64_t return_fib(int32_t i, int64_t fib_i) {
    (void) i;
    return fib_i;
}

int main(void) {
    int64_t a = 0, b = 1;
    for (int32_t n = 0; n <= FIB_MAX_N; n++) {
        expect("fib(n)", fib(n), a);
        if (n <= 30) expect("fib_recursive(n)", fib_recursive(n), a);
        int64_t next = a + b;
        a = b;
        b = next;
    }
    expect("fib(92)", fib(92), INT64_C(7540113804746346429));
    expect("fib(-1)", fib(-1), -1);
    expect("fib(93)", fib(93), -1);
    expect("fib(INT32_MIN)", fib(INT32_MIN), -1);
    expect("fib(INT32_MAX)", fib(INT32_MAX), -1);
    expect("fib_recursive(-1)", fib_recursive(-1), -1);
    expect("fib_recursive(46)", fib_recursive(46), -1);
    expect("fib_recursive(INT32_MAX)", fib_recursive(INT32_MAX), -1);
    noop();
    int64_t values[] = {1, 2, 3, INT64_MAX};
    expect("fib_sum(4 values)", fib_sum(values, 3), 6);
    expect("fib_sum wraps", fib_sum(values, 4), (int64_t) ((uint64_t) INT64_MAX + 6));
    expect("fib_sum(0 values)", fib_sum(values, 0), 0);
    expect("fib_sum(NULL)", fib_sum(NULL, 3), 0);
    expect("fib_sum(count -1)", fib_sum(values, -1), 0);
    expect("fib_each(93) calls", fib_each(FIB_EACH_MAX, check_each), FIB_EACH_MAX);
    expect("fib_each(93) visited", seen, FIB_EACH_MAX);
    expect("fib_each sums", fib_each(11, return_fib), fib(12) - 1); /* fib(0) + ... + fib(n) = fib(n + 2) - 1 */
    expect("fib_each(0)", fib_each(0, return_fib), 0);
    seen = 0;
    expect("fib_each(94)", fib_each(FIB_EACH_MAX + 1, check_each), 0);
    expect("fib_each(-1)", fib_each(-1, check_each), 0);
    expect("fib_each(NULL)", fib_each(3, NULL), 0);
    expect("fib_each's bad input calls nothing", seen, 0);
    expect("fib_mixed", fib_mixed(10, 1, 0.5, 2, 3, 1.5, 4, 5), 55 + 1 + 2 + 3 + 4 + 5 + 1);
    expect("fib_mixed x >= y", fib_mixed(10, 1, 2.5, 2, 3, 1.5, 4, 5), 55 + 1 + 2 + 3 + 4 + 5);
    expect("fib_mixed negatives", fib_mixed(0, -1, 0, -2, -3, 0, -4, -5), -15);
    expect("fib_mixed wraps", fib_mixed(92, INT64_MAX, 0, 0, 0, 0, 0, 0),
           (int64_t) ((uint64_t) INT64_MAX + UINT64_C(7540113804746346429)));
    expect("fib_mixed(93)", fib_mixed(93, 0, 0, 0, 0, 0, 0, 0), -1);
    errno = 0;
    expect("fib_errno(20)", fib_errno(20), 6765);
    expect("fib_errno leaves errno alone on success", errno, 0);
    expect("fib_errno(-1)", fib_errno(-1), -1);
    expect("fib_errno(-1) sets EDOM", errno, EDOM);
    expect("fib_errno(93)", fib_errno(93), -1);
    expect("fib_errno(93) sets ERANGE", errno, ERANGE);
    expect("fib_text_length", fib_text_length("h\xc3\xa9llo"), 6);
    expect("fib_text_length stops at NUL", fib_text_length("a\0b"), 1);
    expect("fib_text_length(NULL)", fib_text_length(NULL), -1);
    char text[32];
    memset(text, 'x', sizeof text);
    expect("fib_text(20, 12)", fib_text(20, text, 12), 12);
    expect("fib_text's digits", strcmp(text, "676567656765"), 0);
    expect("fib_text(0, 0)", fib_text(0, text, 0), 0);
    expect("fib_text(0, 0) writes NUL", text[0], 0);
    expect("fib_text(92, 19)", fib_text(92, text, 19), 19);
    expect("fib_text(92) digits", strcmp(text, "7540113804746346429"), 0);
    expect("fib_text(93)", fib_text(93, text, 4), -1);
    expect("fib_text(NULL)", fib_text(1, NULL, 4), -1);
    expect("fib_text(-1 length)", fib_text(1, text, -1), -1);
    fib_pair pair = fib_pair_of(20);
    expect("fib_pair_of(20).n", pair.n, 20);
    expect("fib_pair_of(20).fib", pair.fib, 6765);
    expect("fib_pair_of(93).fib", fib_pair_of(93).fib, -1);
    fib_quad quad = fib_quad_of(20);
    expect("fib_quad_of(20).previous", quad.previous, 4181);
    expect("fib_quad_of(20).ratio", quad.ratio == 6765.0 / 4181.0, 1);
    expect("fib_quad_of(0).previous", fib_quad_of(0).previous, 1);
    expect("fib_quad_of(-1).n", fib_quad_of(-1).n, -1);
    expect("fib_pair_fill(NULL)", fib_pair_fill(3, NULL), -1);
    expect("fib_quad_fill(93)", fib_quad_fill(93, &quad), -1);
    expect("fib_quad_fill(93) writes nothing", quad.n, 20);
    expect("fib_quad_fill(92)", fib_quad_fill(92, &quad), 0);
    expect("fib_quad_fill(92).fib", quad.fib, INT64_C(7540113804746346429));
    if (failures) fprintf(stderr, "fib_test: %d check(s) failed\n", failures); else printf("fib_test: libfib contract holds\n");
    return failures ? 1 : 0;
}
