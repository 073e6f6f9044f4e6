package io.fibbench.jnr;

import io.fibbench.BoundedLongs;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/** Off-heap longs as JNR passes them: a direct {@link Pointer}, freed by the garbage collector. */
final class JnrLongs extends BoundedLongs {

    final Pointer pointer;

    JnrLongs(String owner, Runtime runtime, int length) {
        super(owner, length);
        this.pointer = Memory.allocateDirect(runtime, Math.max(1, length * Long.BYTES));
    }

    @Override
    protected void store(int index, long value) {
        pointer.putLongLong((long) index * Long.BYTES, value);
    }

    @Override
    protected long load(int index) {
        return pointer.getLongLong((long) index * Long.BYTES);
    }

    @Override
    public void close() {
        // JNR's direct memory is released when the Pointer is collected
    }
}
