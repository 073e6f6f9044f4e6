package io.fibbench.bench;

import io.fibbench.ErrnoException;
import io.fibbench.FibRange;
import io.fibbench.FibRegistry;
import io.fibbench.FibService;
import io.fibbench.PureJavaFib;
import io.fibbench.Variant;

/**
 * Run on each JDK before measuring: which variants work on it, and why the others do not.
 * One line per variant: id, TAB, "available" or "unavailable", TAB, reason.
 *
 * <p>With {@code --check}, each available variant also computes fib(0..92) against pure Java and is
 * given bad input, and the line ends with what it did: a quick proof on a machine (or under an
 * emulator) where the full contract test is too slow or cannot run.
 */
public final class ListVariants {

    private ListVariants() {
    }

    public static void main(String[] args) {
        boolean check = args.length > 0 && args[0].equals("--check");
        int failed = 0;
        java.util.Set<String> rejections = new java.util.TreeSet<>();
        for (Variant v : FibRegistry.discover()) {
            String reason = v.reason().replace('\t', ' ');
            String line = v.id() + "\t" + (v.isAvailable() ? "available" : "unavailable") + "\t" + reason;
            if (check && v.isAvailable()) {
                String result = check(v.service());
                failed += result.contains("FAILED") ? 1 : 0;
                rejections.add(result.substring(result.indexOf(';') + 1));
                line += "\t" + result;
            }
            System.out.println(line);
        }
        if (check) {
            // Bad input must read the same whatever the mechanism: one distinct rejection text, or a failure.
            System.out.println(rejections.size() == 1 ? "bad input: the same rejections from every available variant"
                    : "FAILED: bad input is rejected " + rejections.size() + " different ways");
            failed += rejections.size() > 1 ? 1 : 0;
        }
        if (failed > 0) {
            System.exit(1);
        }
    }

    /** fib(0..92) against pure Java, then fib(-1), fib(93) and fib_errno(-1): the messages must be every variant's. */
    private static String check(FibService service) {
        PureJavaFib java = new PureJavaFib();
        try {
            for (int n = 0; n <= FibRange.FIB_MAX; n++) {
                if (service.fib(n) != java.fib(n)) {
                    return "FAILED: fib(" + n + ") = " + service.fib(n) + ", pure Java says " + java.fib(n);
                }
            }
            return "fib(0.." + FibRange.FIB_MAX + ") right; fib(-1): " + rejection(() -> service.fib(-1))
                    + "; fib(93): " + rejection(() -> service.fib(FibRange.FIB_MAX + 1))
                    + "; fib_errno(-1): " + rejection(() -> service.fibErrno(-1));
        } catch (RuntimeException | LinkageError e) {
            return "FAILED: " + e;
        }
    }

    private static String rejection(Runnable call) {
        try {
            call.run();
            return "FAILED: accepted";
        } catch (ErrnoException e) {
            return "errno " + e.errno() + " (" + e.getMessage() + ")";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
