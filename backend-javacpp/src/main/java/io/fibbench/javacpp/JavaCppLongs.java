package io.fibbench.javacpp;

import io.fibbench.BoundedLongs;
import org.bytedeco.javacpp.LongPointer;

/** Off-heap longs as JavaCPP passes them: a {@link LongPointer}, freed on close. */
final class JavaCppLongs extends BoundedLongs {

    final LongPointer pointer;

    JavaCppLongs(String owner, int length) {
        super(owner, length);
        this.pointer = new LongPointer(Math.max(1, length));
    }

    @Override
    protected void store(int index, long value) {
        pointer.put(index, value);
    }

    @Override
    protected long load(int index) {
        return pointer.get(index);
    }

    @Override
    public void close() {
        pointer.close();
    }
}
