package io.fibbench;

/**
 * One way of computing fibonacci numbers: pure Java, or a call into libfib.so through one
 * binding mechanism. Implementations are found with {@link java.util.ServiceLoader}; list
 * them with {@link FibRegistry}.
 *
 * <p>Every implementation checks n with {@link FibRange} before it computes or calls, so
 * bad input gets the same {@link IllegalArgumentException} and message from all of them.
 */
public interface FibService {

    /** Stable, lowercase, e.g. {@code "java"}, {@code "jni"}, {@code "jna-direct"}. */
    String id();

    /** Iterative fibonacci, {@code n} in [0, {@value FibRange#FIB_MAX}]. */
    long fib(int n);

    /** The naive doubly-recursive definition, {@code n} in [0, {@value FibRange#FIB_RECURSIVE_MAX}]. */
    long fibRecursive(int n);

    /**
     * fib_mixed: fib(n) + a + b + c + d + e (wrapping like {@code +} on long), plus 1 when {@code x < y}.
     * Eight arguments of three types against fib's one: what passing each costs with this mechanism.
     * n as for {@link #fib}, checked by {@link FibRange#checkFib}; every other value is valid.
     */
    long fibMixed(int n, long a, double x, int b, long c, double y, int d, long e);

    /**
     * fib_errno: fib(n), where C checks n and reports failure the C library way, -1 and errno, and
     * this variant reads errno its mechanism's way. Failure is an {@link ErrnoException} carrying the
     * errno C set: EDOM for n &lt; 0, ERANGE for n &gt; {@value FibRange#FIB_MAX}. Not checked in Java
     * first: C's check and errno are what this call exists to measure.
     */
    long fibErrno(int n);

    /**
     * fib_text_length: the bytes C sees before the first NUL of {@code text} passed as a C string, the
     * mechanism's own way (UTF-8 where it lets one choose; JNI's is modified UTF-8). What each does
     * with non-ASCII text, a character outside the BMP and an embedded NUL is in strings.csv. Null is
     * rejected by {@link FibRange#checkText}.
     */
    long textLength(String text);

    /**
     * fib_text: the decimal digits of fib(n), repeated to {@code length} characters, written by C into a
     * buffer and read back as a String. n as for {@link #fib}; length in [0, {@value FibRange#TEXT_MAX}]
     * ({@link FibRange#checkTextLength}).
     */
    String fibText(int n, int length);

    /**
     * fib_pair_of: n and fib(n) in a 16-byte struct that C returns by value (in registers on x86-64),
     * mapped with the mechanism's own struct support. n as for {@link #fib}. A mechanism that cannot
     * return a struct by value throws {@link UnsupportedOperationException} with the reason (structs.csv).
     */
    FibPair pair(int n);

    /** fib_pair_fill: the same struct, written by C through a pointer to memory the variant provides. */
    FibPair pairFilled(int n);

    /** fib_quad_of: a 32-byte struct that C returns by value through memory; as {@link #pair} otherwise. */
    FibQuad quad(int n);

    /** fib_quad_fill: the same struct, written by C through a pointer. */
    FibQuad quadFilled(int n);

    /** An empty call: for a native variant, what is left is the cost of crossing into C. */
    void noop();

    /**
     * Sum of {@code values[0..count)} computed in C (wrapping like {@code +} on long): what passing
     * a Java heap array costs with this mechanism (copied, pinned, or read in place).
     * Bad input ({@code null}, count outside [0, values.length]) is rejected by {@link FibRange#checkArray}.
     */
    long sum(long[] values, int count);

    /** Native memory for {@code length} longs, in this variant's own form; see {@link FibRange#checkLength}. */
    OffHeapLongs allocate(int length);

    /** Sum of {@code values[0..count)} computed in C, the memory passed as it is. */
    long sum(OffHeapLongs values, int count);

    /**
     * Calls {@code callback.accept(i, fib(i))} for i = 0..count-1 in order, on this thread, from C
     * (fib_each: an upcall per i), and returns the sum of what it returned, wrapping like {@code +}.
     * If the callback throws, it is not called again and {@code each} throws that same exception
     * once C has returned (see {@link CallbackGuard}). A callback may call {@code each} again.
     * Bad input (null, count outside [0, {@value FibRange#EACH_MAX}]) is rejected by {@link FibRange#checkEach}.
     */
    long each(int count, FibCallback callback);

    /**
     * Why this variant cannot run here (library missing, JDK too old), or {@code null} when it can.
     * Constructors never throw for such reasons, so one broken backend never hides the others.
     */
    default Throwable unavailabilityCause() {
        return null;
    }
}
