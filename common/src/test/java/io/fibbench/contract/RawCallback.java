package io.fibbench.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fibbench.ClaimTable;
import java.io.IOException;
import java.util.Map;

/**
 * What a mechanism does, on its own, when a Java callback called from C throws: without fibbench's
 * {@link io.fibbench.CallbackGuard}. A backend's probe (a main class, run in a child JVM because
 * the answer may be "the JVM ends") hands {@link #callback} to fib_each({@value #COUNT}, cb) as it
 * is, and {@link #observe} reads what happened. callback-exception.csv in common (read by the
 * report) holds the claims; {@link #assertTable} checks a variant's row against the observation.
 */
public final class RawCallback {

    public static final int COUNT = 10;
    public static final int THROWS_AT = 3;
    public static final String MESSAGE = "thrown by the callback at i = 3";

    private RawCallback() {
    }

    /** The callback a probe hands its mechanism: says each upcall, throws at i = {@value #THROWS_AT}. */
    public static long callback(int i, long fib) {
        System.out.println("upcall " + i);
        System.out.flush(); // the JVM may not live to flush it
        if (i == THROWS_AT) {
            throw new IllegalStateException(MESSAGE);
        }
        return fib;
    }

    /** fib_each(COUNT, cb) through one mechanism; invokeExact declares Throwable. */
    @FunctionalInterface
    public interface RawCall {
        long call() throws Throwable;
    }

    /** A probe's main body: makes the raw call and says how it ended. */
    public static void probe(RawCall rawCall) {
        try {
            System.out.println("returned " + rawCall.call());
        } catch (Throwable t) {
            System.out.println("threw " + t.getClass().getName() + ": " + t.getMessage());
        }
        System.out.flush();
    }

    /** How a probe's JVM ended, how many upcalls it saw, and its last word ("returned ..." or "threw ..."). */
    public record Observed(int exitCode, int upcalls, String ending, String output) {

        /** The outcome column of callback-exception.csv, as observed. */
        public String outcome() {
            if (exitCode == 128 + 6) {
                return "JVM aborts"; // SIGABRT
            }
            if (exitCode != 0) {
                return "JVM exits";
            }
            if (ending.equals("threw " + IllegalStateException.class.getName() + ": " + MESSAGE)) {
                return "rethrown";
            }
            if (ending.startsWith("threw ")) {
                return "converted to " + ending.substring("threw ".length(), ending.indexOf(':'));
            }
            return output.contains(MESSAGE) ? "printed and swallowed" : "swallowed";
        }

        /** Upcalls C made after the one that threw. */
        public int upcallsAfter() {
            return upcalls - THROWS_AT - 1;
        }
    }

    public static Observed observe(Class<?> probe, String... jvmOptions) throws IOException, InterruptedException {
        ChildJvm.Outcome run = ChildJvm.run(probe, jvmOptions);
        int upcalls = (int) run.output().lines().filter(line -> line.startsWith("upcall ")).count();
        String ending = run.output().lines()
                .filter(line -> line.startsWith("returned ") || line.startsWith("threw "))
                .reduce("", (first, second) -> second);
        return new Observed(run.exitCode(), upcalls, ending, run.output());
    }

    public static void assertTable(String variant, Observed observed) throws IOException {
        Map<String, String> row = ClaimTable.row(ClaimTable.CALLBACK_EXCEPTION, variant);
        String tail = ": update callback-exception.csv. The probe printed:\n" + observed.output();
        assertEquals(row.get("outcome"), observed.outcome(), "the table's outcome disagrees with what " + variant + " did" + tail);
        assertEquals(row.get("upcalls_after"), String.valueOf(observed.upcallsAfter()), "upcalls after the exception" + tail);
    }
}
