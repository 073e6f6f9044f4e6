/*
 * JavaCPP has no way of its own to read errno after a call, so its users write a wrapper like this
 * one, which FibLib includes: errno is saved right after fib_errno returns, before the generated
 * JNI code hands control back to the JVM (which may change errno), into a thread-local that
 * fibbench_saved_errno returns. Saved only on failure, as a C caller reads it.
 */
#ifndef FIB_ERRNO_SAVED_H
#define FIB_ERRNO_SAVED_H

#include <errno.h>

#include "fib.h"

static __thread int fibbench_errno;

static inline int64_t fib_errno_saving(int32_t n) {
    int64_t result = fib_errno(n);
    if (result == -1) {
        fibbench_errno = errno;
    }
    return result;
}

static inline int fibbench_saved_errno(void) {
    return fibbench_errno;
}

#endif
