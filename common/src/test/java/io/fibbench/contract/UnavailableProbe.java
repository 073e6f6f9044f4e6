package io.fibbench.contract;

import io.fibbench.FibService;

/**
 * Run in a child JVM whose libfib.so override points nowhere: makes the variant named by
 * {@code -Dprobe.class} and prints, per call, "ok" or the exception's class and first line.
 */
public final class UnavailableProbe {

    interface Call {
        void run(FibService service);
    }

    private UnavailableProbe() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        FibService service = (FibService) Class.forName(System.getProperty("probe.class")).getDeclaredConstructor().newInstance();
        System.out.println("cause " + (service.unavailabilityCause() == null ? "none" : service.unavailabilityCause().getMessage()));
        probe("fib", service, s -> s.fib(5));
        probe("fibRecursive", service, s -> s.fibRecursive(5));
        probe("fibMixed", service, s -> s.fibMixed(5, 1, 0.5, 2, 3, 1.5, 4, 5));
        probe("fibErrno", service, s -> s.fibErrno(5));
        probe("textLength", service, s -> s.textLength("five"));
        probe("fibText", service, s -> s.fibText(5, 3));
        probe("pair", service, s -> s.pair(5));
        probe("pairFilled", service, s -> s.pairFilled(5));
        probe("quad", service, s -> s.quad(5));
        probe("quadFilled", service, s -> s.quadFilled(5));
        probe("noop", service, FibService::noop);
        probe("sum", service, s -> s.sum(new long[] {1}, 1));
        probe("allocate", service, s -> s.allocate(1));
        probe("sumOffHeap", service, s -> s.sum(new io.fibbench.PureJavaFib().allocate(1), 1));
        probe("each", service, s -> s.each(2, (i, fib) -> fib));
    }

    private static void probe(String name, FibService service, Call call) {
        try {
            call.run(service);
            System.out.println("call " + name + " ok");
        } catch (Throwable t) {
            String message = String.valueOf(t.getMessage()).lines().findFirst().orElse("");
            System.out.println("call " + name + " " + t.getClass().getName() + ": " + message);
        }
    }
}
