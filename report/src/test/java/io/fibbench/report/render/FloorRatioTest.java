package io.fibbench.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fibbench.report.model.Measurement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cost over its machine's C floor: the range both intervals allow, and when two ranges are apart. */
class FloorRatioTest {

    private static Measurement ns(String variant, double score, double error) {
        return new Measurement("io.fibbench.bench.Overhead.noop", "Overhead.noop", "avgt", variant, null,
                variant.equals(Measurement.C_FLOOR) ? 0 : 25, "25", score, error, "ns/op", List.of(), Double.NaN, 1);
    }

    @Test
    void theRangeRunsFromTheLowestCostOverTheHighestFloorToTheHighestOverTheLowest() {
        FloorRatio r = FloorRatio.of(ns("jni", 12, 2), ns("c", 4, 1));
        assertEquals(3.0, r.value());
        assertEquals(10.0 / 5, r.low());
        assertEquals(14.0 / 3, r.high());
        assertEquals("3.00× [2.00, 4.67]", r.format());
    }

    @Test
    void aCostIntervalReachingBelowZeroStopsAtZeroAndAFloorIntervalReachingZeroHasNoTop() {
        assertEquals(0.0, FloorRatio.of(ns("jna-interface", 70, 380), ns("c", 2, 0.1)).low());
        FloorRatio unbounded = FloorRatio.of(ns("jni", 8, 1), ns("c", 2, 2));
        assertEquals(Double.POSITIVE_INFINITY, unbounded.high());
        assertEquals("4.00× [1.75, ∞]", unbounded.format());
        assertFalse(unbounded.apartFrom(FloorRatio.of(ns("jni", 800, 1), ns("c", 2, 0.1))),
                "an unbounded range reaches any ratio above it");
    }

    @Test
    void rangesApartOnlyWhenTheyDoNotTouch() {
        FloorRatio a = FloorRatio.of(ns("jni", 10, 0), ns("c", 5, 0));
        assertTrue(a.apartFrom(FloorRatio.of(ns("jni", 12, 1), ns("c", 5, 0))));
        assertFalse(a.apartFrom(FloorRatio.of(ns("jni", 12, 2), ns("c", 5, 0))), "touching bounds are not apart");
        assertTrue(FloorRatio.of(ns("jni", 12, 1), ns("c", 5, 0)).apartFrom(a));
    }

    @Test
    void withoutAnIntervalNothingIsToldApart() {
        FloorRatio unknown = FloorRatio.of(ns("jni", 10, Double.NaN), ns("c", 5, 0.1));
        assertFalse(unknown.rangeKnown());
        assertEquals("2.00× (no interval)", unknown.format());
        assertFalse(unknown.apartFrom(FloorRatio.of(ns("jni", 1000, 1), ns("c", 5, 0.1))));
    }

    @Test
    void aFloorAtZeroOrAScoreThatIsNoNumberGivesNoRatioInsteadOfAnEndlessAxis() {
        assertTrue(FloorRatio.defined(ns("jni", 8, 1), ns("c", 2, 0.1)));
        assertFalse(FloorRatio.defined(ns("jni", 8, 1), ns("c", 0, 0)), "a floor of 0");
        assertFalse(FloorRatio.defined(ns("jni", Double.POSITIVE_INFINITY, 1), ns("c", 2, 0.1)), "an infinite cost");
        assertFalse(FloorRatio.defined(ns("jni", Double.NaN, 1), ns("c", 2, 0.1)), "a NaN cost");
        Measurement inMicros = new Measurement("io.fibbench.bench.Overhead.noop", "Overhead.noop", "avgt", "jni", null,
                25, "25", 0.008, 0.001, "us/op", List.of(), Double.NaN, 1);
        assertFalse(FloorRatio.defined(inMicros, ns("c", 2, 0.1)), "different units");
    }
}
