package io.fibbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * A tiny real JMH run inside ./mvnw verify: proves the benchmark list is generated, forks start
 * with the backends on their class path, and pure Java's cost grows with n (were fib(n) folded to a
 * constant or hoisted out of JMH's loop, fib(92) would cost what fib(5) costs) and with the number
 * of callbacks.
 */
class HarnessSmokeTest {

    @Test
    void pureJavaIsMeasuredNotFolded() throws Exception {
        Map<Integer, Double> byN = scoresBySize(Scenario.SWEEP, "java", "5", "92");
        assertEquals(2, byN.size());
        // 92 loop iterations against 5: at least 0.2 ns per extra iteration even on a fast JIT.
        assertTrue(byN.get(92) > byN.get(5) + 87 * 0.05 && byN.get(92) > 2 * byN.get(5),
                "fib(92) should cost clearly more than fib(5): " + byN);
    }

    /** Pure Java's "upcalls" are inlined calls of the callback: they must still cost something per call. */
    @Test
    void pureJavaCallbacksAreMeasuredNotFolded() throws Exception {
        Map<Integer, Double> byCount = scoresBySize(Scenario.UPCALLS, "java", "0", "64");
        // 64 dependent additions at the least: one cycle each, more than 0.1 ns even at 6 GHz.
        assertTrue(byCount.get(64) > byCount.get(0) + 64 * 0.1, "each(64) should cost clearly more than each(0): "
                + byCount);
    }

    /** Counting a String's UTF-8 bytes in Java must look at every character: 64 KiB cost more than 16 bytes. */
    @Test
    void pureJavaStringsAreMeasuredNotFolded() throws Exception {
        Map<Integer, Double> byLength = scoresBySize(Scenario.STRINGS_TO_C, "java", "16", "65536");
        assertTrue(byLength.get(65536) > byLength.get(16) + 65536 * 0.01, "65536 characters should cost clearly more "
                + "than 16: " + byLength);
    }

    /**
     * A variant whose description says it cannot make a benchmark's call refuses it with that reason
     * (the runner never forks it): JNR has no struct by value.
     */
    @Test
    void aCallAVariantCannotMakeIsRefusedWithItsReason() throws Exception {
        io.fibbench.FibService jnr = VariantState.load("jnr");
        UnsupportedOperationException e = org.junit.jupiter.api.Assertions.assertThrows(
                UnsupportedOperationException.class, () -> jnr.quad(20));
        assertTrue(e.getMessage().contains(io.fibbench.VariantInfo.of("jnr").unsupported(Scenario.STRUCT_QUAD.id())),
                e.getMessage());
    }

    @Test
    void aNativeVariantRunsInItsOwnFork() throws Exception {
        double ns = scoresBySize(Scenario.OVERHEAD, "jni").get(0);
        assertTrue(ns > 0.5 && ns < 10_000, "a JNI call costing " + ns + " ns is a harness bug");
    }

    /** One short fork per size (0 for a benchmark without one): enough to see an order of magnitude, not to measure. */
    private static Map<Integer, Double> scoresBySize(Scenario scenario, String variant, String... sizes) throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(scenario.include())
                .param("variant", variant)
                .jvmArgsAppend(Forks.jvmArgs(Runtime.version().feature()))
                .forks(1)
                .warmupIterations(2)
                .warmupTime(TimeValue.milliseconds(200))
                .measurementIterations(3)
                .measurementTime(TimeValue.milliseconds(200))
                .shouldFailOnError(true);
        if (sizes.length > 0) {
            options.param(scenario.param(), sizes);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        return results.stream().collect(Collectors.toMap(
                r -> scenario.param() == null ? 0 : Integer.parseInt(r.getParams().getParam(scenario.param())),
                r -> r.getPrimaryResult().getScore()));
    }
}
