package io.fibbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The registry names exactly the benchmarks JMH generated, and reads their facts from the annotations. */
class ScenarioTest {

    @Test
    void everyScenarioIsABenchmarkAndEveryBenchmarkAScenario() {
        Set<String> generated = BenchmarkList.defaultList()
                .find(OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of(".*"), List.of())
                .stream().map(BenchmarkListEntry::getUsername).collect(Collectors.toSet());
        Set<String> registered = Arrays.stream(Scenario.values()).map(Scenario::benchmark).collect(Collectors.toSet());
        assertEquals(generated, registered, "JMH's generated benchmarks and the Scenario registry differ");
    }

    @Test
    void namesParseBothWays() {
        for (Scenario s : Scenario.values()) {
            assertEquals(s, Scenario.of(s.id()).orElseThrow());
            assertEquals(s, Scenario.of(s.benchmark()).orElseThrow());
            if (s.param() != null) {
                assertFalse(s.defaultValues().isEmpty(), s + " declares no @Param values");
            }
            s.mode();
            s.unit();
        }
        assertTrue(Scenario.of("Nope.fib").isEmpty());
        assertEquals("Sweep.fib", Scenario.SWEEP.id());
    }
}
