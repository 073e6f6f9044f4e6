package io.fibbench.panama;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.fibbench.FibRange;
import io.fibbench.OffHeapLongs;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/** Off-heap longs as Panama passes them: a {@link MemorySegment} of a shared arena, freed on close. */
final class PanamaLongs implements OffHeapLongs {

    private final String owner;
    private final int length;
    private final Arena arena = Arena.ofShared();
    final MemorySegment segment;

    private PanamaLongs(String owner, int length) {
        this.owner = owner;
        this.length = length;
        this.segment = arena.allocate(JAVA_LONG, Math.max(1, length));
    }

    static OffHeapLongs allocate(String owner, int length) {
        return new PanamaLongs(owner, length);
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
        segment.setAtIndex(JAVA_LONG, index, value);
    }

    @Override
    public long get(int index) {
        FibRange.checkIndex(index, length);
        return segment.getAtIndex(JAVA_LONG, index);
    }

    @Override
    public void close() {
        arena.close();
    }
}
