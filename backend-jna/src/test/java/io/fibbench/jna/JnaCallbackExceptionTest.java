package io.fibbench.jna;

import com.sun.jna.Native;
import io.fibbench.contract.RawCallback;
import io.fibbench.nativelib.NativeLoader;
import org.junit.jupiter.api.Test;

/** What JNA does with a callback's exception when nothing catches it first. */
class JnaCallbackExceptionTest {

    public static final class InterfaceProbe {
        public static void main(String[] args) {
            JnaInterfaceFib.LibFib lib = Native.load(NativeLoader.libfib().toString(), JnaInterfaceFib.LibFib.class);
            RawCallback.probe(() -> lib.fib_each(RawCallback.COUNT, RawCallback::callback));
        }
    }

    public static final class DirectProbe {
        public static void main(String[] args) {
            new JnaDirectFib(); // registers JnaDirectFib.Lib
            RawCallback.probe(() -> JnaDirectFib.Lib.fib_each(RawCallback.COUNT, RawCallback::callback));
        }
    }

    @Test
    void interfaceMapping() throws Exception {
        RawCallback.assertTable("jna-interface", RawCallback.observe(InterfaceProbe.class));
    }

    @Test
    void directMapping() throws Exception {
        RawCallback.assertTable("jna-direct", RawCallback.observe(DirectProbe.class));
    }
}
