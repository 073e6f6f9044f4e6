package io.fibbench.javacpp;

import io.fibbench.FibRange;
import io.fibbench.OffHeapLongs;
import org.bytedeco.javacpp.LongPointer;

/** Off-heap longs as JavaCPP passes them: a {@link LongPointer}, freed on close. */
final class JavaCppLongs implements OffHeapLongs {

    private final String owner;
    private final int length;
    final LongPointer pointer;

    JavaCppLongs(String owner, int length) {
        this.owner = owner;
        this.length = length;
        this.pointer = new LongPointer(Math.max(1, length));
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
        pointer.put(index, value);
    }

    @Override
    public long get(int index) {
        FibRange.checkIndex(index, length);
        return pointer.get(index);
    }

    @Override
    public void close() {
        pointer.close();
    }
}
