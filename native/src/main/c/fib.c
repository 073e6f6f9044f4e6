#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "fib.h"

/*
 * Static, so fib, fib_mixed and fib_errno each get it inlined: a call to the exported fib from inside
 * the library would go through the PLT (semantic interposition) and add a second call to theirs.
 */
static int64_t fib_iter(int32_t n) {
    int64_t a = 0, b = 1;
    for (int32_t i = 0; i < n; i++) {
        int64_t next = a + b;
        a = b;
        b = next;
    }
    return a;
}

int64_t fib(int32_t n) {
    if (n < 0 || n > FIB_MAX_N) {
        return -1;
    }
    return fib_iter(n);
}

static int64_t fib_rec(int32_t n) {
    return n < 2 ? n : fib_rec(n - 1) + fib_rec(n - 2);
}

int64_t fib_recursive(int32_t n) {
    if (n < 0 || n > FIB_RECURSIVE_MAX_N) {
        return -1;
    }
    return fib_rec(n);
}

void noop(void) {
}

int64_t fib_sum(const int64_t *values, int32_t count) {
    if (values == NULL || count < 0 || count > FIB_ARRAY_MAX) {
        return 0;
    }
    uint64_t sum = 0; /* unsigned: wraps like Java's long instead of overflowing into undefined behaviour */
    for (int32_t i = 0; i < count; i++) {
        sum += (uint64_t) values[i];
    }
    return (int64_t) sum;
}

int64_t fib_each(int32_t count, fib_callback cb) {
    if (cb == NULL || count < 0 || count > FIB_EACH_MAX) {
        return 0;
    }
    uint64_t sum = 0;
    uint64_t a = 0, b = 1; /* unsigned: b runs past fib(92), beyond int64_t, and fib(94) wraps; both unused and defined */
    for (int32_t i = 0; i < count; i++) {
        sum += (uint64_t) cb(i, (int64_t) a);
        uint64_t next = a + b;
        a = b;
        b = next;
    }
    return (int64_t) sum;
}

int64_t fib_mixed(int32_t n, int64_t a, double x, int32_t b, int64_t c, double y, int32_t d, int64_t e) {
    if (n < 0 || n > FIB_MAX_N) {
        return -1;
    }
    uint64_t sum = (uint64_t) fib_iter(n) + (uint64_t) a + (uint64_t) (int64_t) b + (uint64_t) c + (uint64_t) (int64_t) d
            + (uint64_t) e + (x < y ? 1u : 0u);
    return (int64_t) sum;
}

int64_t fib_errno(int32_t n) {
    if (n < 0) {
        errno = EDOM;
        return -1;
    }
    if (n > FIB_MAX_N) {
        errno = ERANGE;
        return -1;
    }
    return fib_iter(n);
}

int64_t fib_text_length(const char *text) {
    return text == NULL ? -1 : (int64_t) strlen(text);
}

int32_t fib_text(int32_t n, char *buf, int32_t length) {
    if (n < 0 || n > FIB_MAX_N || buf == NULL || length < 0 || length > FIB_TEXT_MAX) {
        return -1;
    }
    char digits[24];
    int32_t count = snprintf(digits, sizeof digits, "%lld", (long long) fib_iter(n));
    int32_t filled = length < count ? length : count;
    memcpy(buf, digits, (size_t) filled);
    /* doubling copies: what is filled is whole repeats of the digits, so its start continues the pattern */
    while (filled < length) {
        int32_t chunk = filled < length - filled ? filled : length - filled;
        memcpy(buf + filled, buf, (size_t) chunk);
        filled += chunk;
    }
    buf[length] = '\0';
    return length;
}

fib_pair fib_pair_of(int32_t n) {
    fib_pair p = {-1, -1};
    fib_pair_fill(n, &p);
    return p;
}

fib_quad fib_quad_of(int32_t n) {
    fib_quad q = {-1, -1, -1, -1};
    fib_quad_fill(n, &q);
    return q;
}

int32_t fib_pair_fill(int32_t n, fib_pair *out) {
    if (n < 0 || n > FIB_MAX_N || out == NULL) {
        return -1;
    }
    out->n = n;
    out->fib = fib_iter(n);
    return 0;
}

int32_t fib_quad_fill(int32_t n, fib_quad *out) {
    if (n < 0 || n > FIB_MAX_N || out == NULL) {
        return -1;
    }
    out->n = n;
    out->fib = fib_iter(n);
    out->previous = n == 0 ? 1 : fib_iter(n - 1);
    out->ratio = (double) out->fib / (double) out->previous;
    return 0;
}
