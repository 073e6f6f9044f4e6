package io.fibbench.bench;

import io.fibbench.FibCallback;
import io.fibbench.FibPair;
import io.fibbench.FibQuad;
import io.fibbench.FibService;
import io.fibbench.OffHeapLongs;
import org.openjdk.jmh.infra.Blackhole;

/**
 * For checking the regression check, never for real numbers: with {@code -Dfibbench.inject=VARIANT:SPEC}
 * (run's and ab's --inject-slowdown), that variant's calls are made slower. SPEC is either a share
 * ({@code jni:25%}: the call becomes that much slower) or a count of tokens per call ({@code jni:20}:
 * JMH's {@link Blackhole#consumeCPU} work, a fixed amount whose effect depends on what the call costs).
 *
 * <p>A share is paid in the call's own coin: 25% makes every 4th call happen twice, 10% every 10th
 * (any share, by counting owed parts per million). The extra call is the same native call, compiled
 * and overlapped with its neighbours the same way, so the benchmark slows by the share of the call's
 * cost without any timing or calibration; only JMH's loop around the call is not repeated, so a
 * The wrapper's own bookkeeping costs about 1 ns a call (a JNI noop went from 9.2 to 10.1 ns with
 * {@code jni:0.001%}), which is why ab wraps the base side too, with a share of 0%: then the sides
 * differ by the extra calls alone. An earlier version burnt calibrated {@code consumeCPU} work
 * instead and came out at 1.15 to 1.24 for 10% on a noop and 1.02 to 1.08 on the seed batch: how
 * burnt work overlaps a call depends on the loop around it.
 *
 * <p>One wrapper serves every thread of a fork and its counter is not atomic (an atomic one would
 * cost more than some calls), so in the threads scenario the share is only roughly kept: inject into
 * single-thread benchmarks.
 */
final class InjectedSlowdown implements FibService {

    static final String PROPERTY = "fibbench.inject";
    private static final long MILLION = 1_000_000;

    private final FibService delegate;
    /** Extra calls owed per call, in parts per million. */
    private final long share;
    private final long tokens;
    private long owed;
    /** Where extra calls' results go, so that no compiler may drop a pure-Java extra call. */
    private long sink;

    private InjectedSlowdown(FibService delegate, long share, long tokens) {
        this.delegate = delegate;
        this.share = share;
        this.tokens = tokens;
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
            if (amount.endsWith("%")) {
                double percent = Double.parseDouble(amount.substring(0, amount.length() - 1));
                if (!(percent >= 0)) {
                    throw new NumberFormatException();
                }
                return new InjectedSlowdown(service, Math.round(percent * MILLION / 100), 0);
            }
            return new InjectedSlowdown(service, 0, Long.parseLong(amount));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + spec + ": expected VARIANT:TOKENS or VARIANT:PERCENT%"
                    + " with PERCENT >= 0");
        }
    }

    /** How many extra calls this call owes (0 for most), after burning the fixed work if that is what was asked. */
    private long extraCalls() {
        if (tokens > 0) {
            Blackhole.consumeCPU(tokens);
            return 0;
        }
        long extra = 0;
        for (owed += share; owed >= MILLION; owed -= MILLION) {
            extra++;
        }
        return extra;
    }

    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public long fib(int n) {
        for (long i = extraCalls(); i > 0; i--) {
            sink += delegate.fib(n);
        }
        return delegate.fib(n);
    }

    @Override
    public long fibMixed(int n, long a, double x, int b, long c, double y, int d, long e) {
        for (long i = extraCalls(); i > 0; i--) {
            sink += delegate.fibMixed(n, a, x, b, c, y, d, e);
        }
        return delegate.fibMixed(n, a, x, b, c, y, d, e);
    }

    @Override
    public long fibErrno(int n) {
        for (long i = extraCalls(); i > 0; i--) {
            sink += delegate.fibErrno(n);
        }
        return delegate.fibErrno(n);
    }

    @Override
    public long textLength(String text) {
        for (long i = extraCalls(); i > 0; i--) {
            sink += delegate.textLength(text);
        }
        return delegate.textLength(text);
    }

    @Override
    public String fibText(int n, int length) {
        for (long i = extraCalls(); i > 0; i--) {
            sink += delegate.fibText(n, length).length();
        }
        return delegate.fibText(n, length);
    }

    @Override
    public FibPair pair(int n) {
        for (long i = extraCalls(); i > 0; i--) {
            sink += delegate.pair(n).fib();
        }
        return delegate.pair(n);
    }

    @Override
    public FibPair pairFilled(int n) {
        for (long i = extraCalls(); i > 0; i--) {
            sink += delegate.pairFilled(n).fib();
        }
        return delegate.pairFilled(n);
    }

    @Override
    public FibQuad quad(int n) {
        for (long i = extraCalls(); i > 0; i--) {
            sink += delegate.quad(n).fib();
        }
        return delegate.quad(n);
    }

    @Override
    public FibQuad quadFilled(int n) {
        for (long i = extraCalls(); i > 0; i--) {
            sink += delegate.quadFilled(n).fib();
        }
        return delegate.quadFilled(n);
    }

    @Override
    public long fibRecursive(int n) {
        for (long i = extraCalls(); i > 0; i--) {
            sink += delegate.fibRecursive(n);
        }
        return delegate.fibRecursive(n);
    }

    @Override
    public long sum(long[] values, int count) {
        for (long i = extraCalls(); i > 0; i--) {
            sink += delegate.sum(values, count);
        }
        return delegate.sum(values, count);
    }

    @Override
    public OffHeapLongs allocate(int length) {
        return delegate.allocate(length);
    }

    @Override
    public long sum(OffHeapLongs values, int count) {
        for (long i = extraCalls(); i > 0; i--) {
            sink += delegate.sum(values, count);
        }
        return delegate.sum(values, count);
    }

    @Override
    public long each(int count, FibCallback callback) {
        for (long i = extraCalls(); i > 0; i--) {
            sink += delegate.each(count, callback);
        }
        return delegate.each(count, callback);
    }

    @Override
    public void noop() {
        for (long i = extraCalls(); i > 0; i--) {
            delegate.noop();
        }
        delegate.noop();
    }
}
