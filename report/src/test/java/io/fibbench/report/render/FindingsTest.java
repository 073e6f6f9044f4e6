package io.fibbench.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fibbench.report.render.Findings.Agreement;
import io.fibbench.report.render.Findings.Estimate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule of the findings, with numbers on either side of it. */
class FindingsTest {

    private static final List<Integer> NS = List.of(1, 20, 92);

    @Test
    void withinTheFloorFromTheSmallestNOfTheUnbrokenRunToTheLargest() {
        Map<Integer, Double> floor = Map.of(1, 2.0, 20, 10.0, 92, 40.0);
        assertEquals(20, Findings.withinFloorFrom(NS, Map.of(1, 8.0, 20, 11.0, 92, 41.0), floor));
        assertEquals(1, Findings.withinFloorFrom(NS, Map.of(1, 2.2, 20, 10.0, 92, 40.0), floor), "10% is still within");
        // within at n = 1 but not at 20: the run from the top breaks, so only 92 counts
        assertEquals(92, Findings.withinFloorFrom(NS, Map.of(1, 2.0, 20, 12.0, 92, 40.0), floor));
        assertNull(Findings.withinFloorFrom(NS, Map.of(1, 2.0, 20, 10.0, 92, 44.1), floor));
        assertNull(Findings.withinFloorFrom(NS, Map.of(1, 2.0, 20, 10.0), floor), "a missing largest n ends it");
    }

    @Test
    void fasterOrSlowerThanJavaOnlyWhereTheIntervalsSeparate() {
        Map<Integer, Estimate> java = Map.of(1, new Estimate("java", 1.0, 0.1), 20, new Estimate("java", 12.0, 0.5),
                92, new Estimate("java", 60.0, 1.0));
        Findings.Comparison c = Findings.againstJava(NS, Map.of(1, new Estimate("jni", 5.0, 0.2),
                20, new Estimate("jni", 11.0, 0.6), 92, new Estimate("jni", 45.0, 1.0)), java);
        assertEquals(List.of(92), c.faster());
        assertEquals(List.of(1), c.slower());
        assertEquals(List.of(20), c.undecided(), "11 ± 0.6 against 12 ± 0.5 overlap: no winner");
        Findings.Comparison unknown = Findings.againstJava(NS, Map.of(20, new Estimate("jni", 1.0, Double.NaN)), java);
        assertEquals(List.of(20), unknown.undecided(), "an unknown interval decides nothing");
        assertTrue(Findings.againstJava(NS, Map.of(), java).faster().isEmpty());
    }

    @Test
    void largeCallVerdicts() {
        Estimate a = new Estimate("a", 1.00, 0.02);
        assertEquals(Agreement.COMPARABLE, Findings.largeCall(List.of(a, new Estimate("b", 1.05, 0.04))).agreement());
        assertEquals(Agreement.COMPARABLE_BEYOND_ERRORS,
                Findings.largeCall(List.of(a, new Estimate("b", 1.08, 0.01))).agreement());
        assertEquals(Agreement.INCONCLUSIVE, Findings.largeCall(List.of(a, new Estimate("b", 1.50, 0.60))).agreement());
        Findings.LargeCall apart = Findings.largeCall(List.of(new Estimate("b", 1.50, 0.01), a));
        assertEquals(Agreement.NOT_COMPARABLE, apart.agreement());
        assertEquals("a", apart.fastest().variant());
        assertEquals("b", apart.slowest().variant());
        assertEquals(0.5, apart.spread(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Findings.largeCall(List.of(a)));
        assertEquals(Agreement.INCONCLUSIVE, Findings.largeCall(List.of(a, new Estimate("b", 1.5, Double.NaN))).agreement(),
                "an unknown error claims no real difference");
    }

    @Test
    void anUnknownErrorNeverOverlaps() {
        assertFalse(Findings.overlaps(new Estimate("a", 1, Double.NaN), new Estimate("b", 1, 1)));
        assertTrue(Findings.overlaps(new Estimate("a", 1, 0.1), new Estimate("b", 1.2, 0.1)));
    }
}
