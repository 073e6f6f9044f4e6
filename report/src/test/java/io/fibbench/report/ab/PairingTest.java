package io.fibbench.report.ab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fibbench.report.compare.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The paired verdicts on synthetic rounds: a shift, pure noise, drift that hits both sides, too few rounds. */
class PairingTest {

    private static final double THRESHOLD = 0.10;
    private static final double CONFIDENCE = 0.95;

    /** Rounds whose machine speed drifts by {@code drift} per round and whose forks scatter by {@code noise}. */
    private static Pairing.Rounds rounds(int n, double effect, double noise, double drift, long seed) {
        Random random = new Random(seed);
        List<double[]> pairs = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            double machine = 10 * (1 + drift * r);
            pairs.add(new double[] {machine * (1 + noise * random.nextGaussian()),
                machine * effect * (1 + noise * random.nextGaussian())});
        }
        return new Pairing.Rounds("Overhead.noop variant=jni jdk=25", "ns/op", pairs);
    }

    @Test
    void aShiftOfTheThresholdsSizeIsSlower() {
        Pairing.Result r = Pairing.of(rounds(5, 1.10, 0.01, 0, 1), THRESHOLD, CONFIDENCE);
        assertEquals(Verdict.SLOWER, r.verdict(), r.toString());
        assertEquals(1.10, r.ratio(), 0.02);
        assertTrue(r.low() < r.ratio() && r.ratio() < r.high());
    }

    @Test
    void aSpeedUpIsFaster() {
        assertEquals(Verdict.FASTER, Pairing.of(rounds(5, 0.8, 0.01, 0, 2), THRESHOLD, CONFIDENCE).verdict());
    }

    @Test
    void pureNoiseIsNeverSlowerOrFaster() {
        for (long seed = 0; seed < 200; seed++) {
            Verdict v = Pairing.of(rounds(5, 1.0, 0.02, 0, seed), THRESHOLD, CONFIDENCE).verdict();
            assertTrue(v == Verdict.UNCHANGED || v == Verdict.INCONCLUSIVE, "seed " + seed + ": " + v);
        }
        assertEquals(Verdict.UNCHANGED, Pairing.of(rounds(5, 1.0, 0.005, 0, 3), THRESHOLD, CONFIDENCE).verdict());
    }

    /** The machine gets 60% slower over the run: unpaired samples would overlap; the pairs still see 1.25. */
    @Test
    void driftThatHitsBothSidesCancelsInThePairs() {
        Pairing.Result drifted = Pairing.of(rounds(6, 1.25, 0.01, 0.12, 4), THRESHOLD, CONFIDENCE);
        assertEquals(Verdict.SLOWER, drifted.verdict(), drifted.toString());
        assertEquals(1.25, drifted.ratio(), 0.03);
        assertEquals(Verdict.UNCHANGED, Pairing.of(rounds(6, 1.0, 0.005, 0.12, 5), THRESHOLD, CONFIDENCE).verdict());
    }

    @Test
    void noisyPairsAreInconclusiveNotUnchanged() {
        assertEquals(Verdict.INCONCLUSIVE, Pairing.of(rounds(4, 1.0, 0.2, 0, 6), THRESHOLD, CONFIDENCE).verdict());
    }

    /** Throughput: fewer operations per µs on the head side is slower, not faster. */
    @Test
    void lessThroughputIsSlower() {
        Pairing.Rounds time = rounds(5, 1.0 / 1.25, 0.01, 0, 8);
        Pairing.Result r = Pairing.of(new Pairing.Rounds(time.key(), "ops/us", time.pairs(), false), THRESHOLD, CONFIDENCE);
        assertEquals(Verdict.SLOWER, r.verdict(), r.toString());
        assertEquals(1.25, r.ratio(), 0.03);
    }

    @Test
    void tooFewRoundsDecideNothing() {
        Pairing.Result two = Pairing.of(rounds(2, 1.5, 0.001, 0, 7), THRESHOLD, CONFIDENCE);
        assertEquals(Verdict.INCONCLUSIVE, two.verdict());
        assertEquals(2, two.rounds());
    }

    @Test
    void forksArePairedByRoundAndARoundOneSideLacksIsLeftOut() {
        TreeMap<Integer, Double> base = new TreeMap<>(Map.of(1, 10.0, 2, 20.0, 3, 30.0));
        TreeMap<Integer, Double> head = new TreeMap<>(Map.of(1, 11.0, 3, 33.0, 4, 44.0));
        List<Pairing.Rounds> paired = Pairing.pair(Map.of("k", base, "only-base", base), Map.of("k", head),
                Map.of("k", "ns/op"), java.util.Set.of());
        assertEquals(1, paired.size(), "a benchmark only one side has is not paired");
        assertEquals(2, paired.get(0).pairs().size());
        assertEquals(1.1, Pairing.of(paired.get(0), THRESHOLD, CONFIDENCE).ratio(), 1e-9);
    }
}
