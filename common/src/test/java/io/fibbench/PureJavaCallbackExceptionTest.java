package io.fibbench;

import io.fibbench.contract.RawCallback;
import org.junit.jupiter.api.Test;

/** The reference row of callback-exception.csv: in plain Java a callback's exception just propagates. */
class PureJavaCallbackExceptionTest {

    public static final class Probe {
        public static void main(String[] args) {
            RawCallback.probe(() -> new PureJavaFib().each(RawCallback.COUNT, RawCallback::callback));
        }
    }

    @Test
    void theExceptionPropagates() throws Exception {
        RawCallback.assertTable("java", RawCallback.observe(Probe.class));
    }
}
