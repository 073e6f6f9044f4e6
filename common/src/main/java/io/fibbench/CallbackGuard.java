package io.fibbench;

/**
 * Lets an exception thrown by a {@link FibCallback} cross C the same way in every variant: the
 * native stub's Java target ({@link #dispatch}) never throws. It records the first exception,
 * answers 0 to C without calling the callback again, and {@link #result} rethrows it once the
 * downcall has returned. Use:
 * <pre>{@code
 * CallbackGuard guard = CallbackGuard.enter(callback);
 * try {
 *     return guard.result(fib_each(count, STUB));
 * } finally {
 *     guard.exit();
 * }
 * }</pre> Without it a throwing callback ends the JVM with Panama, is printed
 * and swallowed by JNA, and what JNR and JavaCPP do is in callback-exception.csv.
 *
 * <p>One native stub per variant is made once and shared: C gets a plain function pointer, and
 * the callback of the current call is found through a thread-local, saved and restored around
 * each call so a callback may call {@code each} again (nested) on the same thread.
 */
public final class CallbackGuard {

    private static final ThreadLocal<CallbackGuard> CURRENT = new ThreadLocal<>();

    private final FibCallback callback;
    private final CallbackGuard outer;
    private Throwable thrown;

    private CallbackGuard(FibCallback callback, CallbackGuard outer) {
        this.callback = callback;
        this.outer = outer;
    }

    /** Makes {@code callback} the one {@link #dispatch} calls on this thread until {@link #exit}. */
    public static CallbackGuard enter(FibCallback callback) {
        CallbackGuard guard = new CallbackGuard(callback, CURRENT.get());
        CURRENT.set(guard);
        return guard;
    }

    /**
     * The Java target of every variant's native callback stub. Throws nothing, short of an Error in
     * the thread-local lookup itself (a StackOverflowError there, from callbacks nested thousands deep,
     * would find no guard to record it in).
     */
    public static long dispatch(int i, long fib) {
        CallbackGuard guard = null;
        try {
            guard = CURRENT.get();
            if (guard == null || guard.thrown != null) {
                return 0; // nothing to call (C called outside each), or the callback already threw: skip the rest
            }
            return guard.callback.accept(i, fib);
        } catch (Throwable t) {
            if (guard != null) {
                guard.thrown = t;
            }
            return 0;
        }
    }

    /** What C returned, or, if the callback threw, that exception (checked or not, unchanged). */
    public long result(long fromC) {
        if (thrown != null) {
            throw CallbackGuard.<RuntimeException>sneaky(thrown);
        }
        return fromC;
    }

    /**
     * Restores the outer call's callback; in a finally, so a failed downcall leaves nothing behind.
     * set(null), not remove(): remove() costs a hash-table clean-up on every call, and a null entry
     * holds no callback.
     */
    public void exit() {
        CURRENT.set(outer);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
