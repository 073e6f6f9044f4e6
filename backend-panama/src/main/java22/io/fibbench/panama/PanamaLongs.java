package io.fibbench.panama;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.fibbench.BoundedLongs;
import io.fibbench.OffHeapLongs;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/** Off-heap longs as Panama passes them: a {@link MemorySegment} of a shared arena, freed on close. */
final class PanamaLongs extends BoundedLongs {

    private final Arena arena = Arena.ofShared();
    final MemorySegment segment;

    private PanamaLongs(String owner, int length) {
        super(owner, length);
        this.segment = arena.allocate(JAVA_LONG, Math.max(1, length));
    }

    static OffHeapLongs allocate(String owner, int length) {
        return new PanamaLongs(owner, length);
    }

    @Override
    protected void store(int index, long value) {
        segment.setAtIndex(JAVA_LONG, index, value);
    }

    @Override
    protected long load(int index) {
        return segment.getAtIndex(JAVA_LONG, index);
    }

    @Override
    public void close() {
        arena.close();
    }
}
