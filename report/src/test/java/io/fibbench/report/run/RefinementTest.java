package io.fibbench.report.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which cells a run's spare time goes to, with synthetic forks whose spread is known. */
class RefinementTest {

    private static final Profile.Refine REFINE = new Profile.Refine(List.of(0.05, 0.15), 12, 0.25);

    /** A cell whose forks' means are these (one iteration each). */
    private static Refinement.Cell<String> cell(String key, double... forkMeans) {
        return new Refinement.Cell<>(key, Arrays.stream(forkMeans).mapToObj(m -> List.of(m)).toList(), 2);
    }

    private static List<String> keys(List<Refinement.Cell<String>> cells) {
        return cells.stream().map(Refinement.Cell::key).toList();
    }

    @Test
    void aPreciseCellGetsNoMoreForks() {
        assertEquals(List.of(), keys(Refinement.next(List.of(cell("precise", 100, 100.2, 99.9, 100.1)), REFINE, 1000)));
    }

    @Test
    void cellsThatCanReachFivePercentComeFirstCheapestFirst() {
        Refinement.Cell<String> near = cell("near", 100, 103, 97);        // about 3% spread: 6 forks reach 5%
        Refinement.Cell<String> farther = cell("farther", 100, 105, 95); // about 5%: needs more
        Refinement.Cell<String> hopeless = cell("hopeless", 100, 140, 60);
        List<String> chosen = keys(Refinement.next(List.of(hopeless, farther, near), REFINE, 1000));
        assertEquals(List.of("near", "farther"), chosen);
        assertEquals(6, near.forksFor(0.05, 12));
    }

    @Test
    void whenNoCellCanReachFivePercentTheWideOnesAimAtFifteen() {
        Refinement.Cell<String> wide = cell("wide", 100, 110, 90);
        assertEquals(0, wide.forksFor(0.05, 12));
        assertEquals(List.of("wide"), keys(Refinement.next(List.of(wide, cell("precise", 100, 100.1, 99.9)), REFINE, 1000)));
    }

    @Test
    void aCellIsLeftWhenNoTargetIsWithinItsForkLimit() {
        assertEquals(List.of(), keys(Refinement.next(List.of(cell("hopeless", 100, 160, 40)), REFINE, 1000)));
        double[] twelve = {100, 103, 97, 100, 103, 97, 100, 103, 97, 100, 103, 120};
        assertEquals(List.of(), keys(Refinement.next(List.of(cell("at the limit", twelve)), REFINE, 1000)));
    }

    @Test
    void theTimeLeftCapsHowManyCellsGetAFork() {
        List<Refinement.Cell<String>> cells = List.of(cell("a", 100, 103, 97), cell("b", 100, 104, 96),
                cell("c", 100, 105, 95));
        assertEquals(List.of("a", "b"), keys(Refinement.next(cells, REFINE, 5)));
        assertEquals(List.of(), keys(Refinement.next(cells, REFINE, 1)));
        assertTrue(Refinement.next(List.of(cell("one fork", 100)), REFINE, 1000).isEmpty(), "one fork has no spread to go by");
    }
}
