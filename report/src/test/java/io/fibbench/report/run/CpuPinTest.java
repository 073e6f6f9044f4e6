package io.fibbench.report.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fork placement by the C probe, the verdict on contended forks, and the budget for measuring them again. */
class CpuPinTest {

    @Test
    void aPinnedRunProbesItsCpuBeforeAndAfterEachFork(@TempDir Path dir) throws Exception {
        assumeTaskset();
        try (CpuPin pin = CpuPin.choose("0")) {
            assertTrue(pin.probing());
            Path launcher = pin.launcher(new Jdk(Path.of(System.getProperty("java.home")), "test", 17, "test"), dir);
            assertTrue(Files.readString(launcher).contains("taskset -c"), Files.readString(launcher));
            pin.beforeFork(true);
            assertEquals("0", Files.readString(dir.resolve("fork-cpu")).strip());
            assertEquals(List.of("taskset", "-c", "0", "prog"), pin.wrap(List.of("prog")));
            CpuPin.ForkProbe probe = pin.afterFork();
            assertEquals(0, probe.cpu());
            // fib(92) in C takes tens of ns on any machine of this century; 0 or a minute would be a broken probe
            assertTrue(probe.before() > 1 && probe.before() < 10_000, probe.toString());
            assertTrue(probe.after() > 1 && probe.after() < 10_000, probe.toString());
            assertTrue(probe.best() <= Math.min(probe.before(), probe.after()), probe.toString());
        }
    }

    @Test
    void aForkThatStartsOnEveryCpuIsMovedOnceWarm(@TempDir Path dir) throws Exception {
        assumeTaskset();
        try (CpuPin pin = CpuPin.choose("0")) {
            pin.launcher(new Jdk(Path.of(System.getProperty("java.home")), "test", 17, "test"), dir);
            pin.beforeFork(false);
            String all = Files.readString(dir.resolve("fork-cpu")).strip();
            assertEquals("0", all, "a run pinned to one CPU has only that one to start on");
            Process child = new ProcessBuilder("sleep", "5").start();
            try {
                Files.writeString(dir.resolve("fork-pid"), child.pid() + "\n");
                pin.pinFork();
                String affinity = new String(new ProcessBuilder("taskset", "-p", String.valueOf(child.pid())).start()
                        .getInputStream().readAllBytes());
                assertTrue(affinity.strip().endsWith(": 1"), affinity);
            } finally {
                child.destroy();
            }
        }
    }

    /** Pinning is Linux's taskset (util-linux); elsewhere (macOS) runs are unpinned, which the last test covers. */
    private static void assumeTaskset() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/taskset")), "no taskset: forks are not pinned on this OS");
    }

    @Test
    void noneProbesNothingAndLeavesCommandsAlone() throws Exception {
        try (CpuPin pin = CpuPin.choose("none")) {
            assertFalse(pin.probing());
            pin.beforeFork(true);
            assertNull(pin.afterFork());
            assertEquals(List.of("prog"), pin.wrap(List.of("prog")));
        }
    }

    @Test
    void aCpuThatDoesNotExistIsRefusedWithTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CpuPin.choose("4096"));
        assertTrue(e.getMessage().contains("this machine has CPUs 0 to"), e.getMessage());
    }

    @Test
    void aForkIsContendedWhenEitherProbeIsWellAboveTheBest() {
        assertFalse(new CpuPin.ForkProbe(0, 25, 28, 24).contended());
        assertTrue(new CpuPin.ForkProbe(0, 40, 25, 24).contended(), "slow before");
        assertTrue(new CpuPin.ForkProbe(1, 25, 52, 24).contended(), "slow after");
    }

    @Test
    void contendedForksAreMeasuredAgainWithinABudget() {
        Contention c = new Contention();
        assertEquals(2, Contention.budget(1));
        assertEquals(3, Contention.budget(5));
        assertTrue(c.reject("noop jni", 4));
        assertTrue(c.reject("noop jni", 4));
        assertFalse(c.reject("noop jni", 4), "the budget of a 4-fork benchmark is 2");
        assertTrue(c.reject("noop jna", 4), "budgets are per benchmark");
        assertEquals(3, c.total());
    }

    @Test
    void aResumedRunKeepsTheBudgetItSpent() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode r = json.createObjectNode().put("benchmark", "b").put("mode", "avgt").put("jvm", "j");
        r.putObject("params").put("variant", "jni");
        r.putObject("primaryMetric").putArray("rawData").add(json.createArrayNode().add(1.0)).add(json.createArrayNode().add(2.0));
        Contention resumed = new Contention(json.createArrayNode().add(r));
        assertEquals(2, resumed.total());
        assertFalse(resumed.reject(ForkMerge.key(r), 4), "two forks of a 4-fork benchmark were set apart already");
    }

    @Test
    void eachForksProbeRecordIsKeptWhenForksMerge() {
        ObjectMapper json = new ObjectMapper();
        ArrayNode results = json.createArrayNode();
        for (int fork = 0; fork < 2; fork++) {
            ObjectNode r = json.createObjectNode().put("benchmark", "b").put("mode", "avgt").put("jvm", "j").put("forks", 1);
            r.putObject("params").put("variant", "jni");
            r.putObject("primaryMetric").put("score", 1.0 + fork).putArray("rawData").addArray().add(1.0 + fork);
            r.putArray(ForkMerge.PROBES).add(json.valueToTree(new CpuPin.ForkProbe(fork, 25, 26, 24).record()));
            ForkMerge.add(results, json.createArrayNode().add(r));
        }
        assertEquals(1, results.size());
        assertEquals(2, results.get(0).path(ForkMerge.PROBES).size());
        assertEquals(1, results.get(0).path(ForkMerge.PROBES).get(1).path("cpu").asInt());
    }

    @Test
    void contendedForksGoToAFileBesideTheResults() {
        assertEquals(Path.of("/r/20261130-quick.contended.json"), RunFiles.contendedFile(Path.of("/r/20261130-quick.json")));
    }
}
