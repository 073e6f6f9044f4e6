package io.fibbench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;

/**
 * Off-heap longs in a direct buffer (native byte order): pure Java's and JNI's form. The memory is
 * freed with the buffer by the garbage collector; close() only drops the reference.
 */
public final class DirectBufferLongs implements OffHeapLongs {

    private final String owner;
    private final ByteBuffer bytes;
    private final LongBuffer longs;

    public DirectBufferLongs(String owner, int length) {
        this.owner = owner;
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
    public String owner() {
        return owner;
    }

    @Override
    public int length() {
        return longs.capacity();
    }

    @Override
    public void set(int index, long value) {
        FibRange.checkIndex(index, longs.capacity());
        longs.put(index, value);
    }

    @Override
    public long get(int index) {
        FibRange.checkIndex(index, longs.capacity());
        return longs.get(index);
    }

    @Override
    public void close() {
        // freed by the GC with the buffer
    }
}
