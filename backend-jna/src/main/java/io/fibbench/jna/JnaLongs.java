package io.fibbench.jna;

import com.sun.jna.Memory;
import io.fibbench.FibRange;
import io.fibbench.OffHeapLongs;

/** Off-heap longs as JNA passes them: a {@link Memory}, handed to C as a pointer. */
final class JnaLongs implements OffHeapLongs {

    private final String owner;
    private final int length;
    final Memory memory;

    JnaLongs(String owner, int length) {
        this.owner = owner;
        this.length = length;
        this.memory = new Memory(Math.max(1, (long) length * Long.BYTES)); // JNA refuses 0 bytes
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
        memory.setLong((long) index * Long.BYTES, value);
    }

    @Override
    public long get(int index) {
        FibRange.checkIndex(index, length);
        return memory.getLong((long) index * Long.BYTES);
    }

    @Override
    public void close() {
        memory.close();
    }
}
