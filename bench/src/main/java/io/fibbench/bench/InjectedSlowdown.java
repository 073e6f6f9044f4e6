package io.fibbench.bench;

import io.fibbench.FibCallback;
import io.fibbench.FibService;
import io.fibbench.OffHeapLongs;
import java.util.function.LongSupplier;
import org.openjdk.jmh.infra.Blackhole;

/**
 * For checking the regression check, never for real numbers: with {@code -Dfibbench.inject=VARIANT:SPEC}
 * (run's and ab's --inject-slowdown), every call of that variant first burns JMH's {@link Blackhole#consumeCPU}
 * work. SPEC is either a count of tokens per call ({@code jni:20}: a fixed amount of work, whose effect
 * depends on what the call costs) or a share ({@code jni:25%}: the call becomes that much slower).
 *
 * <p>A share is calibrated per operation and argument on its first call (in the warmup): the call's
 * cost is timed, then the work that adds the share, then that work is corrected (up to 6 times)
 * against the timed cost of the slowed call, which also counts the wrapper's own cost. A share of a call cheaper
 * than a token's work is burnt every 2nd, 4th, ... call, so the average is right to within a few percent.
 * Measured with JMH, 25% on a JNI noop came out between 1.03 and 1.40 in single unpinned pairs
 * (InjectedSlowdownTest) and 1.18 to 1.40 in ab runs; the A/B tables show the ratio each run measured. One wrapper serves every thread of a fork, so the threads scenario
 * is not slowed by the share it names: inject into single-thread benchmarks.
 */
final class InjectedSlowdown implements FibService {

    static final String PROPERTY = "fibbench.inject";

    /** Burns work on every (mask + 1)-th call. */
    static final class Burn {
        final int mask;
        long tokens;
        private int calls;

        Burn(int mask, long tokens) {
            this.mask = mask;
            this.tokens = tokens;
        }

        void tick() {
            if ((++calls & mask) == 0) {
                Blackhole.consumeCPU(tokens);
            }
        }
    }

    private static final long WINDOW_NS = 20_000_000;
    private static volatile long sink;
    private static double tokenNs = Double.NaN;

    /** What the calibration at hand is for: a fork calls one operation with one argument, over and over. */
    private enum Op { FIB, FIB_RECURSIVE, SUM_HEAP, SUM_OFF_HEAP, EACH, NOOP }

    private final FibService delegate;
    private final double share;
    private final long fixedTokens;
    private Op lastOp;
    private int lastArgument;
    private Burn last;

    private InjectedSlowdown(FibService delegate, double share, long tokens) {
        this.delegate = delegate;
        this.share = share;
        this.fixedTokens = tokens;
    }

    /** The service as the benchmark should call it: slowed when the property names this variant. */
    static FibService wrapIfAsked(String variant, FibService service) {
        String spec = System.getProperty(PROPERTY, "");
        int colon = spec.lastIndexOf(':');
        if (colon < 0 || !spec.substring(0, colon).equals(variant)) {
            return service;
        }
        String amount = spec.substring(colon + 1);
        try {
            return amount.endsWith("%")
                    ? new InjectedSlowdown(service, Double.parseDouble(amount.substring(0, amount.length() - 1)) / 100, 0)
                    : new InjectedSlowdown(service, 0, Long.parseLong(amount));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + spec + ": expected VARIANT:TOKENS or VARIANT:PERCENT%");
        }
    }

    /** Whether the burn at hand is for this call; the check the slowed calls pay, and the calibration counts. */
    private boolean current(Op op, int argument) {
        return last != null && lastOp == op && lastArgument == argument;
    }

    /**
     * Calibrates the burn for {@code op(argument)}: {@code call} is the plain call, {@code slowed} this
     * wrapper's own method, timed whole so that the check and counter it adds are part of the share.
     */
    private Burn calibrate(Op op, int argument, LongSupplier call, LongSupplier slowed) {
        lastOp = op;
        lastArgument = argument;
        if (share == 0) {
            last = new Burn(0, fixedTokens);
            return last;
        }
        double perToken = tokenNs();
        Burn b = new Burn(0, 1);
        last = b;
        LongSupplier empty = () -> 0L;
        // Every timing goes through the same loop and call site, made megamorphic first, and the empty
        // call's time is taken off: what is left is the call's own cost, as a benchmark's loop sees it.
        nsPerCall(empty);
        nsPerCall(call);
        nsPerCall(slowed);
        double loop = nsPerCall(empty);
        double base = nsPerCall(call) - loop;
        double target = share * base;
        int period = 1;
        while (period < 1024 && period * target / perToken < 50) {
            period <<= 1;
        }
        b = new Burn(period - 1, Math.max(1, Math.round(period * target / perToken)));
        last = b;
        // Work and call overlap in the CPU's pipeline, so the extra time is not the work's own time:
        // corrected against the slowed call as timed, until it is within 3% of the target.
        for (int refine = 0; refine < 6; refine++) {
            double extra = nsPerCall(slowed) - loop - base;
            if (extra > 0 && Math.abs(extra / target - 1) < 0.03) {
                break;
            }
            b.tokens = Math.max(1, Math.round(b.tokens * (extra > 0 ? Math.min(4, target / extra) : 2)));
        }
        return b;
    }

    /**
     * ns per call, timed over a window after a window of warming (the JIT compiles the loop in the
     * first). Calls are timed in batches of 64, or one by one when a call takes more than a
     * microsecond (a large fib_recursive takes seconds: a batch would keep the warmup for minutes).
     */
    static double nsPerCall(LongSupplier call) {
        long acc = 0;
        long warmed = 0;
        long begin = System.nanoTime();
        for (long end = begin + WINDOW_NS; System.nanoTime() < end; warmed++) {
            acc += call.getAsLong();
        }
        // decided on the warmed average, never on a first (cold) call: every fast call gets the same batch,
        // so the timing loop's own cost is the same as the empty call's that is taken off
        int batch = (System.nanoTime() - begin) / Math.max(1, warmed) > 1_000 ? 1 : 64;
        long calls = 0;
        long start = System.nanoTime();
        long now;
        do {
            for (int i = 0; i < batch; i++) {
                acc += call.getAsLong();
            }
            calls += batch;
            now = System.nanoTime();
        } while (now - start < WINDOW_NS);
        sink = acc;
        return (double) (now - start) / calls;
    }

    private static synchronized double tokenNs() {
        if (Double.isNaN(tokenNs)) {
            tokenNs = nsPerCall(() -> {
                Blackhole.consumeCPU(1000);
                return 1;
            }) / 1000;
        }
        return tokenNs;
    }

    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public long fib(int n) {
        (current(Op.FIB, n) ? last : calibrate(Op.FIB, n, () -> delegate.fib(n), () -> fib(n))).tick();
        return delegate.fib(n);
    }

    @Override
    public long fibRecursive(int n) {
        (current(Op.FIB_RECURSIVE, n) ? last
                : calibrate(Op.FIB_RECURSIVE, n, () -> delegate.fibRecursive(n), () -> fibRecursive(n))).tick();
        return delegate.fibRecursive(n);
    }

    @Override
    public long sum(long[] values, int count) {
        (current(Op.SUM_HEAP, count) ? last
                : calibrate(Op.SUM_HEAP, count, () -> delegate.sum(values, count), () -> sum(values, count))).tick();
        return delegate.sum(values, count);
    }

    @Override
    public OffHeapLongs allocate(int length) {
        return delegate.allocate(length);
    }

    @Override
    public long sum(OffHeapLongs values, int count) {
        (current(Op.SUM_OFF_HEAP, count) ? last
                : calibrate(Op.SUM_OFF_HEAP, count, () -> delegate.sum(values, count), () -> sum(values, count))).tick();
        return delegate.sum(values, count);
    }

    @Override
    public long each(int count, FibCallback callback) {
        (current(Op.EACH, count) ? last
                : calibrate(Op.EACH, count, () -> delegate.each(count, callback), () -> each(count, callback))).tick();
        return delegate.each(count, callback);
    }

    @Override
    public void noop() {
        (current(Op.NOOP, 0) ? last : calibrate(Op.NOOP, 0, () -> {
            delegate.noop();
            return 0;
        }, () -> {
            noop();
            return 0;
        })).tick();
        delegate.noop();
    }
}
