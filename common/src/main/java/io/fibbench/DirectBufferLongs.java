package io.fibbench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;

/**
 * Off-heap longs in a direct buffer (native byte order): pure Java's and JNI's form. The memory is
 * freed with the buffer by the garbage collector; close() only drops the reference.
 */
public final class DirectBufferLongs extends BoundedLongs {

    private final ByteBuffer bytes;
    private final LongBuffer longs;

    public DirectBufferLongs(String owner, int length) {
        super(owner, length);
        this.bytes = ByteBuffer.allocateDirect(length * Long.BYTES).order(ByteOrder.nativeOrder());
        this.longs = bytes.asLongBuffer();
    }

    /** The buffer as bytes, for GetDirectBufferAddress. */
    public ByteBuffer bytes() {
        return bytes;
    }

    public LongBuffer buffer() {
        return longs;
    }

    @Override
    protected void store(int index, long value) {
        longs.put(index, value);
    }

    @Override
    protected long load(int index) {
        return longs.get(index);
    }

    @Override
    public void close() {
        // freed by the GC with the buffer
    }
}
