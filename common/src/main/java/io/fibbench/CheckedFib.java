package io.fibbench;

/**
 * The checks every variant makes before it computes or calls into C, written once: every variant
 * rejects bad input with the same {@link FibRange} message and pays the same cost for it, so a
 * benchmark compares only the mechanisms. The public methods are final, so a variant cannot skip a
 * check; it supplies only the protected methods, each its mechanism's call and nothing else.
 *
 * <p>A variant that cannot run here (its library did not load, its JDK is too old) refuses every call
 * with the one {@link VariantUnavailableException}, carrying its {@link #unavailabilityCause()}, where
 * the mechanisms would throw a NullPointerException, an UnsatisfiedLinkError or a NoClassDefFoundError.
 * The reason is read once, at construction, into a final field: the check is a load and a branch
 * that is never taken. Measured with ab against the commit before it (5 paired rounds): JNI's noop
 * 1.079x (1.03 to 1.13), every other call of jni, javacpp, jnr-ignore-error and panama within its
 * interval of 1 (point estimates -2.5% to +4.5%). A try/catch that translated the mechanism's own
 * error, tried first, cost JNI and JavaCPP about 1 ns (10%). A static final flag per variant class
 * would fold the check away entirely, at the price of the check in every variant.
 *
 * <p>The extra level costs nothing measured: a JMH fork runs one variant, so each call site here
 * sees one receiver class and the JIT inlines the variant's method into the final one.
 *
 * @param <M> the variant's own off-heap form, the one its {@link #allocate} returns and its C call takes
 */
public abstract class CheckedFib<M extends OffHeapLongs> implements FibService {

    /** Why this variant cannot run here, or null: its binding is made in static initialisers, before this. */
    private final Throwable unavailable;

    protected CheckedFib() {
        this.unavailable = unavailabilityCause();
    }

    @Override
    public final long fib(int n) {
        FibRange.checkFib(n);
        requireAvailable();
        return fibNative(n);
    }

    @Override
    public final long fibRecursive(int n) {
        FibRange.checkFibRecursive(n);
        requireAvailable();
        return fibRecursiveNative(n);
    }

    @Override
    public final long fibMixed(int n, long a, double x, int b, long c, double y, int d, long e) {
        FibRange.checkFib(n);
        requireAvailable();
        return fibMixedNative(n, a, x, b, c, y, d, e);
    }

    /** n is C's to check here: see {@link FibService#fibErrno}. */
    @Override
    public final long fibErrno(int n) {
        requireAvailable();
        return fibErrnoNative(n);
    }

    @Override
    public final long textLength(String text) {
        FibRange.checkText(text);
        requireAvailable();
        return textLengthNative(text);
    }

    @Override
    public final String fibText(int n, int length) {
        FibRange.checkFib(n);
        FibRange.checkTextLength(length);
        requireAvailable();
        return fibTextNative(n, length);
    }

    @Override
    public final FibPair pair(int n) {
        FibRange.checkFib(n);
        requireAvailable();
        return pairNative(n);
    }

    @Override
    public final FibPair pairFilled(int n) {
        FibRange.checkFib(n);
        requireAvailable();
        return pairFilledNative(n);
    }

    @Override
    public final FibQuad quad(int n) {
        FibRange.checkFib(n);
        requireAvailable();
        return quadNative(n);
    }

    @Override
    public final FibQuad quadFilled(int n) {
        FibRange.checkFib(n);
        requireAvailable();
        return quadFilledNative(n);
    }

    /**
     * The refusal of a call this variant's mechanism cannot make, with the reason its description gives
     * ({@code unsupported.<Class.method>}, the benchmark that would measure it): the runner skips such cells.
     */
    protected final UnsupportedOperationException unsupported(String benchmarkId) {
        String reason = VariantInfo.find(id()).map(info -> info.unsupported(benchmarkId)).orElse(null);
        return new UnsupportedOperationException(id() + " cannot make this call (" + benchmarkId + "): "
                + (reason == null ? "its mechanism does not support it" : reason));
    }

    @Override
    public final void noop() {
        requireAvailable();
        noopNative();
    }

    @Override
    public final long sum(long[] values, int count) {
        FibRange.checkArray(values, count);
        requireAvailable();
        return sumHeap(values, count);
    }

    @Override
    public final OffHeapLongs allocate(int length) {
        FibRange.checkLength(length);
        // Some variants allocate in plain Java (direct buffers): memory for a variant that cannot be called is no use.
        requireAvailable();
        return allocateOffHeap(length);
    }

    /**
     * The cast to M is unchecked but safe: the owner check proves the values came from this variant's
     * {@link #allocate}, which makes only M.
     */
    @Override
    @SuppressWarnings("unchecked")
    public final long sum(OffHeapLongs values, int count) {
        requireAvailable();
        return sumOffHeap((M) FibRange.checkOffHeap(values, count, id()), count);
    }

    @Override
    public final long each(int count, FibCallback callback) {
        FibRange.checkEach(count, callback);
        requireAvailable();
        return eachNative(count, callback);
    }

    private void requireAvailable() {
        if (unavailable != null) {
            throw new VariantUnavailableException(id(), unavailable);
        }
    }

    /** fib(n), n already checked. */
    protected abstract long fibNative(int n);

    /** fib_recursive(n), n already checked. */
    protected abstract long fibRecursiveNative(int n);

    /** fib_mixed, n already checked. */
    protected abstract long fibMixedNative(int n, long a, double x, int b, long c, double y, int d, long e);

    /**
     * fib_errno(n), n unchecked: its result, or, when C returned -1, {@link ErrnoException#of} with the
     * errno this call set, read the mechanism's way.
     */
    protected abstract long fibErrnoNative(int n);

    /** fib_text_length over text passed the mechanism's way, text already checked. */
    protected abstract long textLengthNative(String text);

    /** fib_text into a buffer of length + 1 bytes, read back as a String; n and length already checked. */
    protected abstract String fibTextNative(int n, int length);

    /** fib_pair_of by value, n already checked. */
    protected abstract FibPair pairNative(int n);

    /** fib_pair_fill through a pointer, n already checked. */
    protected abstract FibPair pairFilledNative(int n);

    protected abstract FibQuad quadNative(int n);

    protected abstract FibQuad quadFilledNative(int n);

    protected abstract void noopNative();

    /** fib_sum over a heap array, values and count already checked. */
    protected abstract long sumHeap(long[] values, int count);

    /** Native memory for {@code length} longs (already checked), owned by {@link #id()}. */
    protected abstract M allocateOffHeap(int length);

    /** fib_sum over this variant's own memory, count already checked against its length. */
    protected abstract long sumOffHeap(M values, int count);

    /**
     * fib_each with the arguments already checked. By default through the variant's shared native stub
     * ({@link #eachThroughStub}), inside a {@link CallbackGuard} so a callback's exception crosses C the
     * same way in every variant. A variant whose mechanism hands the callback itself to C, and handles
     * its exceptions there, overrides this instead.
     */
    protected long eachNative(int count, FibCallback callback) {
        CallbackGuard guard = CallbackGuard.enter(callback);
        try {
            return guard.result(eachThroughStub(count));
        } finally {
            guard.exit();
        }
    }

    /**
     * fib_each called with the variant's one native stub, made once and shared, whose Java target is
     * {@link CallbackGuard#dispatch}. It returns what C returned and leaves the callback's exception to
     * {@link #eachNative}, which rethrows it outside any catch the downcall needs (Panama's wraps checked
     * exceptions), so it goes out as it is. Not abstract: a variant that overrides {@link #eachNative}
     * has no stub and never gets here.
     */
    protected long eachThroughStub(int count) {
        throw new UnsupportedOperationException(getClass().getName() + " has no shared callback stub");
    }
}
