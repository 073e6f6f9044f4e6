package io.fibbench;

/**
 * Longs in native memory, in the form one variant hands to C as it is (a JNA Memory, a JNR
 * Pointer, a JavaCPP LongPointer, a Panama MemorySegment, a direct buffer): allocate it with that
 * variant's {@link FibService#allocate(int)}, fill it, and pass it to the same variant's
 * {@link FibService#sum(OffHeapLongs, int)}.
 */
public interface OffHeapLongs extends AutoCloseable {

    /** The id of the variant that allocated it (only that variant can pass it to C). */
    String owner();

    int length();

    void set(int index, long value);

    long get(int index);

    /** Frees the memory now where the mechanism can; otherwise leaves it to the garbage collector. */
    @Override
    void close();
}
