package io.fibbench.javacpp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fibbench.contract.RawCallback;
import org.junit.jupiter.api.Test;

/** What JavaCPP's generated glue does with a callback's exception when nothing catches it first. */
class JavaCppCallbackExceptionTest {

    public static final class Probe {
        public static void main(String[] args) {
            FibLib.EachCallback raw = new FibLib.EachCallback() {
                @Override
                public long call(int i, long fib) {
                    return RawCallback.callback(i, fib);
                }
            };
            RawCallback.probe(() -> FibLib.each(RawCallback.COUNT, raw));
        }
    }

    public static final class NoExceptionProbe {
        public static void main(String[] args) {
            FibLibNoException.EachCallback raw = new FibLibNoException.EachCallback() {
                @Override
                public long call(int i, long fib) {
                    return RawCallback.callback(i, fib);
                }
            };
            RawCallback.probe(() -> FibLibNoException.each(RawCallback.COUNT, raw));
        }
    }

    @Test
    void defaults() throws Exception {
        RawCallback.assertTable("javacpp", RawCallback.observe(Probe.class));
    }

    @Test
    void noException() throws Exception {
        RawCallback.assertTable("javacpp-noexception", RawCallback.observe(NoExceptionProbe.class));
    }

    /** Why the table calls noexception's result luck: the JVM's JNI checker flags the calls as misuse. */
    @Test
    void noExceptionCallsJavaWithTheExceptionPending() throws Exception {
        RawCallback.Observed checked = RawCallback.observe(NoExceptionProbe.class, "-Xcheck:jni");
        assertTrue(checked.output().contains("JNI call made with exception pending"), checked.output());
    }
}
