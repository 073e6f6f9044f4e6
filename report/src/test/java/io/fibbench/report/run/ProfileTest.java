package io.fibbench.report.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fibbench.bench.Scenario;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Profiles are data: the C floor's arguments come from the same plans as the Java side's. */
class ProfileTest {

    @Test
    void floorArgumentsAreDerivedFromThePlans() {
        assertEquals("--warmup 1 --iterations 5 --time-ms 100 --sweep 20 --seed-n 20 --large-n none --each none"
                + " --mixed none --errno none --text-in none --text-out none --pair none --pair-filled none --quad none"
                + " --quad-filled none", String.join(" ", Profile.QUICK.floorArgs()));
        assertEquals("--warmup 2 --iterations 8 --time-ms 200 --sweep 1,20,92 --seed-n 20 --large-n 40"
                + " --each 0,64 --mixed 1 --errno 1 --text-in 16,65536 --text-out 16,65536 --pair none --pair-filled none"
                + " --quad 20 --quad-filled 20", String.join(" ", Profile.DEFAULT.floorArgs()));
        assertEquals("--warmup 1 --iterations 5 --time-ms 100 --sweep 20 --seed-n 20 --large-n none --each none"
                + " --mixed none --errno none --text-in none --text-out none --pair none --pair-filled none --quad none"
                + " --quad-filled none", String.join(" ", Profile.CI.floorArgs()));
    }

    @Test
    void aPlanWithoutValuesRunsTheBenchmarksOwnParams() {
        assertEquals(List.of("1", "10", "20", "40", "92"),
                Profile.values(Scenario.SWEEP, Plan.timed(3, 2, 2, 100)));
        assertEquals(List.of("1", "20", "92"),
                Profile.values(Scenario.SWEEP, Profile.DEFAULT.plans().get(Scenario.SWEEP)));
        assertEquals(List.of("20"), Profile.values(Scenario.SWEEP, Profile.QUICK.plans().get(Scenario.SWEEP)));
        assertEquals(List.of(), Profile.values(Scenario.OVERHEAD, Profile.QUICK.plans().get(Scenario.OVERHEAD)));
    }

    /** Every name fibfloor writes is a scenario, and it measures every floor scenario the profile runs. */
    @Test
    void everyFloorResultParsesIntoTheRegistry() throws Exception {
        JsonNode results = new ObjectMapper().readTree(CFloor.run(List.of("--warmup", "0", "--iterations", "2",
                "--time-ms", "1", "--sweep", "1", "--large-n", "10", "--each", "0", "--batch", "1000")));
        Set<Scenario> seen = new HashSet<>();
        for (JsonNode r : results) {
            String name = r.path("benchmark").asText();
            seen.add(Scenario.of(name).orElseThrow(() -> new AssertionError("fibfloor wrote '" + name
                    + "', which is not in the Scenario registry")));
        }
        for (Scenario s : Scenario.values()) {
            assertEquals(s.floor().measured(), seen.contains(s), s + ": measured by fibfloor?");
        }
        assertTrue(results.size() >= 5);
    }
}
