package io.fibbench.jni;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.fibbench.contract.RawCallback;
import org.junit.jupiter.api.Test;

/**
 * JNI has no "raw" mode to compare with: the glue decides. Ours stops calling Java once an exception
 * is pending, which -Xcheck:jni (the JVM's own JNI misuse checker) confirms by saying nothing.
 */
class JniCallbackExceptionTest {

    public static final class Probe {
        public static void main(String[] args) {
            RawCallback.probe(() -> new JniFib().each(RawCallback.COUNT, RawCallback::callback));
        }
    }

    @Test
    void theExceptionIsPendingAndThrownOnReturn() throws Exception {
        RawCallback.Observed observed = RawCallback.observe(Probe.class, "-Xcheck:jni");
        assertFalse(observed.output().contains("WARNING in native method"), observed.output());
        RawCallback.assertTable("jni", observed);
    }
}
