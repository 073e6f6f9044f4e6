/*
 * The JNI glue: one line per function. Including the javac -h header makes the compiler
 * check these signatures against the Java declarations.
 */
#include <errno.h>
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

JNIEXPORT jlong JNICALL Java_io_fibbench_jni_JniFib_fibMixed0(JNIEnv *env, jclass cls, jint n, jlong a, jdouble x,
        jint b, jlong c, jdouble y, jint d, jlong e) {
    (void) env; (void) cls;
    return fib_mixed(n, a, x, b, c, y, d, e);
}

/*
 * errno is read here, right after the call and before the JVM runs anything that could change it,
 * into a thread-local that errno0 returns: only on failure, as C callers do.
 */
static __thread int saved_errno;

JNIEXPORT jlong JNICALL Java_io_fibbench_jni_JniFib_fibErrno0(JNIEnv *env, jclass cls, jint n) {
    (void) env; (void) cls;
    int64_t result = fib_errno(n);
    if (result == -1) {
        saved_errno = errno;
    }
    return result;
}

JNIEXPORT jint JNICALL Java_io_fibbench_jni_JniFib_errno0(JNIEnv *env, jclass cls) {
    (void) env; (void) cls;
    return saved_errno;
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

/*
 * Callbacks. C gets one plain function pointer, upcall; the env and callback of the each0 call
 * running on this thread are in thread-local storage, saved and restored around the call, so a
 * callback may call each again. accept's method ID is looked up once, in JNI_OnLoad.
 */
struct each_call {
    JNIEnv *env;
    jobject callback;
};

static __thread struct each_call *current_call;
static jmethodID accept_id;

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
    (void) reserved;
    JNIEnv *env;
    if ((*vm)->GetEnv(vm, (void **) &env, JNI_VERSION_1_8) != JNI_OK) {
        return JNI_ERR;
    }
    jclass callback = (*env)->FindClass(env, "io/fibbench/FibCallback");
    if (callback == NULL) {
        return JNI_ERR; /* NoClassDefFoundError is pending: System.load throws it */
    }
    accept_id = (*env)->GetMethodID(env, callback, "accept", "(IJ)J");
    return accept_id == NULL ? JNI_ERR : JNI_VERSION_1_8;
}

/*
 * Once the callback has thrown, the exception is pending, and JNI allows no call but a few such as
 * ExceptionCheck until it is handled: so the rest of the upcalls return 0 without calling Java.
 */
static int64_t upcall(int32_t i, int64_t fib_i) {
    struct each_call *call = current_call;
    JNIEnv *env = call->env;
    if ((*env)->ExceptionCheck(env)) {
        return 0;
    }
    return (*env)->CallLongMethod(env, call->callback, accept_id, (jint) i, (jlong) fib_i);
}

/* A pending exception is thrown by the JVM as each0 returns; the sum is then discarded. */
JNIEXPORT jlong JNICALL Java_io_fibbench_jni_JniFib_each0(JNIEnv *env, jclass cls, jint count, jobject callback) {
    (void) cls;
    struct each_call call = {env, callback};
    struct each_call *outer = current_call;
    current_call = &call;
    jlong sum = fib_each(count, upcall);
    current_call = outer;
    return sum;
}
