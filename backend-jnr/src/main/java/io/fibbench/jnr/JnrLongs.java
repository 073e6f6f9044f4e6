package io.fibbench.jnr;

import io.fibbench.FibRange;
import io.fibbench.OffHeapLongs;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/** Off-heap longs as JNR passes them: a direct {@link Pointer}, freed by the garbage collector. */
final class JnrLongs implements OffHeapLongs {

    private final String owner;
    private final int length;
    final Pointer pointer;

    JnrLongs(String owner, Runtime runtime, int length) {
        this.owner = owner;
        this.length = length;
        this.pointer = Memory.allocateDirect(runtime, Math.max(1, length * Long.BYTES));
    }

    @Override
    public String owner() {
        return owner;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public void set(int index, long value) {
        FibRange.checkIndex(index, length);
        pointer.putLongLong((long) index * Long.BYTES, value);
    }

    @Override
    public long get(int index) {
        FibRange.checkIndex(index, length);
        return pointer.getLongLong((long) index * Long.BYTES);
    }

    @Override
    public void close() {
        // JNR's direct memory is released when the Pointer is collected
    }
}
