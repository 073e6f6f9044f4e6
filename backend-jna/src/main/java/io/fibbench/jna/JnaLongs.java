package io.fibbench.jna;

import com.sun.jna.Memory;
import io.fibbench.BoundedLongs;

/** Off-heap longs as JNA passes them: a {@link Memory}, handed to C as a pointer. */
final class JnaLongs extends BoundedLongs {

    final Memory memory;

    JnaLongs(String owner, int length) {
        super(owner, length);
        this.memory = new Memory(Math.max(1, (long) length * Long.BYTES)); // JNA refuses 0 bytes
    }

    @Override
    protected void store(int index, long value) {
        memory.setLong((long) index * Long.BYTES, value);
    }

    @Override
    protected long load(int index) {
        return memory.getLong((long) index * Long.BYTES);
    }

    @Override
    public void close() {
        memory.close();
    }
}
