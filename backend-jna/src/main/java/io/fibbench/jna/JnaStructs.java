package io.fibbench.jna;

import com.sun.jna.Structure;

/** fib.h's structs as JNA Structures, shared by both JNA variants: fields public, in C's order. */
final class JnaStructs {

    private JnaStructs() {
    }

    /** fib_pair. A new one allocates its native memory; JNA reads it back into the fields after a call. */
    @Structure.FieldOrder({"n", "fib"})
    public static class Pair extends Structure {
        public long n;
        public long fib;

        /** The same struct returned by value. */
        public static class ByValue extends Pair implements Structure.ByValue {
        }
    }

    /** fib_quad. */
    @Structure.FieldOrder({"n", "fib", "previous", "ratio"})
    public static class Quad extends Structure {
        public long n;
        public long fib;
        public long previous;
        public double ratio;

        public static class ByValue extends Quad implements Structure.ByValue {
        }
    }
}
