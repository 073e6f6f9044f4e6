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
