/* libfib's own contract, checked from C before any Java binding relies on it. */
#include <stdio.h>
#include <stdint.h>

#include "fib.h"

static int failures;

static void expect(const char *what, int64_t got, int64_t want) {
    if (got != want) {
        fprintf(stderr, "FAIL %s: got %lld, want %lld\n", what, (long long) got, (long long) want);
        failures++;
    }
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
    if (failures) fprintf(stderr, "fib_test: %d check(s) failed\n", failures); else printf("fib_test: libfib contract holds\n");
    return failures ? 1 : 0;
}
