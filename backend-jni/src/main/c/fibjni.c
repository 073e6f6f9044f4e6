/*
 * The JNI glue: one line per function. Including the javac -h header makes the compiler
 * check these signatures against the Java declarations.
 */
#include <errno.h>
#include <jni.h>
#include <stdlib.h>
#include <string.h>

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

/* JNI's own string conversion: modified UTF-8 (NUL as two bytes, a character beyond the BMP as six). */
JNIEXPORT jlong JNICALL Java_io_fibbench_jni_JniFib_textLength0(JNIEnv *env, jclass cls, jstring text) {
    (void) cls;
    const char *chars = (*env)->GetStringUTFChars(env, text, NULL);
    if (chars == NULL) {
        return 0; /* an OutOfMemoryError is pending and is thrown on return */
    }
    jlong length = fib_text_length(chars);
    (*env)->ReleaseStringUTFChars(env, text, chars);
    return length;
}

/* C writes into a buffer of the glue's (on the stack when small), and NewStringUTF makes the String. */
JNIEXPORT jstring JNICALL Java_io_fibbench_jni_JniFib_fibText0(JNIEnv *env, jclass cls, jint n, jint length) {
    (void) cls;
    char small[1025];
    char *buf = length < (jint) sizeof small ? small : malloc((size_t) length + 1);
    if (buf == NULL) {
        (*env)->ThrowNew(env, (*env)->FindClass(env, "java/lang/OutOfMemoryError"), "no memory for fib_text's buffer");
        return NULL;
    }
    fib_text(n, buf, length);
    jstring text = (*env)->NewStringUTF(env, buf);
    if (buf != small) {
        free(buf);
    }
    return text;
}

/*
 * Structs reach Java as their fields in a long[] (a double as its bits): one SetLongArrayRegion, and
 * the Java side makes the record, which costs less than making an object from C (NewObject).
 */
static void struct_to_java(JNIEnv *env, jlongArray out, const void *fields, jsize count) {
    jlong values[4];
    memcpy(values, fields, (size_t) count * sizeof(jlong));
    (*env)->SetLongArrayRegion(env, out, 0, count, values);
}

JNIEXPORT void JNICALL Java_io_fibbench_jni_JniFib_pair0(JNIEnv *env, jclass cls, jint n, jlongArray out) {
    (void) cls;
    fib_pair pair = fib_pair_of(n);
    struct_to_java(env, out, &pair, 2);
}

JNIEXPORT void JNICALL Java_io_fibbench_jni_JniFib_pairFilled0(JNIEnv *env, jclass cls, jint n, jlongArray out) {
    (void) cls;
    fib_pair pair;
    fib_pair_fill(n, &pair);
    struct_to_java(env, out, &pair, 2);
}

JNIEXPORT void JNICALL Java_io_fibbench_jni_JniFib_quad0(JNIEnv *env, jclass cls, jint n, jlongArray out) {
    (void) cls;
    fib_quad quad = fib_quad_of(n);
    struct_to_java(env, out, &quad, 4);
}

JNIEXPORT void JNICALL Java_io_fibbench_jni_JniFib_quadFilled0(JNIEnv *env, jclass cls, jint n, jlongArray out) {
    (void) cls;
    fib_quad quad;
    fib_quad_fill(n, &quad);
    struct_to_java(env, out, &quad, 4);
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
