package io.fibbench;

/**
 * What every {@link OffHeapLongs} shares: its owner, its length and the index check (the same
 * message from every variant). Subclasses only read and write their own memory.
 */
public abstract class BoundedLongs implements OffHeapLongs {

    private final String owner;
    private final int length;

    protected BoundedLongs(String owner, int length) {
        this.owner = owner;
        this.length = length;
    }

    /** Writes without checks; index is in range. */
    protected abstract void store(int index, long value);

    /** Reads without checks; index is in range. */
    protected abstract long load(int index);

    @Override
    public final String owner() {
        return owner;
    }

    @Override
    public final int length() {
        return length;
    }

    @Override
    public final void set(int index, long value) {
        FibRange.checkIndex(index, length);
        store(index, value);
    }

    @Override
    public final long get(int index) {
        FibRange.checkIndex(index, length);
        return load(index);
    }
}
