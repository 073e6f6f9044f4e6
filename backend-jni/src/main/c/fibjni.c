/*
 * The JNI glue: one line per function. Including the javac -h header makes the compiler
 * check these signatures against the Java declarations.
 */
#include <jni.h>

#include "fib.h"
#include "io_fibbench_jni_JniFib.h"

JNIEXPORT jlong JNICALL Java_io_fibbench_jni_JniFib_fib0(JNIEnv *env, jclass cls, jint n) {
    (void) env; (void) cls;
    return fib(n);
}

JNIEXPORT jlong JNICALL Java_io_fibbench_jni_JniFib_fibRecursive0(JNIEnv *env, jclass cls, jint n) {
    (void) env; (void) cls;
    return fib_recursive(n);
}

JNIEXPORT void JNICALL Java_io_fibbench_jni_JniFib_noop0(JNIEnv *env, jclass cls) {
    (void) env; (void) cls;
    noop();
}

/* Pinned, not copied; JNI_ABORT: nothing was written, so nothing to copy back. */
JNIEXPORT jlong JNICALL Java_io_fibbench_jni_JniFib_sumArray0(JNIEnv *env, jclass cls, jlongArray values, jint count) {
    (void) cls;
    jlong *elements = (*env)->GetPrimitiveArrayCritical(env, values, NULL);
    if (elements == NULL) {
        return 0; /* an OutOfMemoryError is pending and is thrown on return */
    }
    jlong sum = fib_sum((const int64_t *) elements, count);
    (*env)->ReleasePrimitiveArrayCritical(env, values, elements, JNI_ABORT);
    return sum;
}

JNIEXPORT jlong JNICALL Java_io_fibbench_jni_JniFib_sumDirect0(JNIEnv *env, jclass cls, jobject values, jint count) {
    (void) cls;
    return fib_sum((const int64_t *) (*env)->GetDirectBufferAddress(env, values), count);
}
