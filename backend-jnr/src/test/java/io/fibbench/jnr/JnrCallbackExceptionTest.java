package io.fibbench.jnr;

import io.fibbench.contract.RawCallback;
import org.junit.jupiter.api.Test;

/** What JNR does with a callback's exception when nothing catches it first. */
class JnrCallbackExceptionTest {

    public static final class Probe {
        public static void main(String[] args) {
            JnrFib.LibFib lib = JnrFib.load(JnrFib.LibFib.class);
            RawCallback.probe(() -> lib.fib_each(RawCallback.COUNT, RawCallback::callback));
        }
    }

    public static final class IgnoreErrorProbe {
        public static void main(String[] args) {
            JnrIgnoreErrorFib.LibFib lib = JnrFib.load(JnrIgnoreErrorFib.LibFib.class);
            RawCallback.probe(() -> lib.fib_each(RawCallback.COUNT, RawCallback::callback));
        }
    }

    @Test
    void defaults() throws Exception {
        RawCallback.assertTable("jnr", RawCallback.observe(Probe.class));
    }

    @Test
    void ignoreError() throws Exception {
        RawCallback.assertTable("jnr-ignore-error", RawCallback.observe(IgnoreErrorProbe.class));
    }
}
