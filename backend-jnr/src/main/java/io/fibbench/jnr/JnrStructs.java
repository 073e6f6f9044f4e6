package io.fibbench.jnr;

import jnr.ffi.Struct;

/**
 * fib.h's structs as JNR Structs, shared by both JNR variants. JNR passes a Struct only by pointer: a
 * Struct return or parameter is taken as a pointer to one (jnr/jnr-ffi#262), so fib_pair_of and
 * fib_quad_of, which return theirs by value, cannot be bound at all.
 */
final class JnrStructs {

    private JnrStructs() {
    }

    /** fib_pair. */
    public static final class Pair extends Struct {
        public final Signed64 n = new Signed64();
        public final Signed64 fib = new Signed64();

        public Pair(jnr.ffi.Runtime runtime) {
            super(runtime);
        }
    }

    /** fib_quad. */
    public static final class Quad extends Struct {
        public final Signed64 n = new Signed64();
        public final Signed64 fib = new Signed64();
        public final Signed64 previous = new Signed64();
        public final Double ratio = new Double();

        public Quad(jnr.ffi.Runtime runtime) {
            super(runtime);
        }
    }
}
