package io.fibbench.report.run;

import java.util.HashMap;
import java.util.Map;

/**
 * How many forks of each benchmark were measured again because the CPU probe found the CPU contended
 * while they ran. The budget bounds the time a run can spend on it: on a machine that is contended
 * all the time, a benchmark keeps its later forks as they are rather than run for ever.
 */
public final class Contention {

    public Contention() {
    }

    /** Resumes the counts from the forks already set apart (a resumed run keeps its budget spent). */
    Contention(com.fasterxml.jackson.databind.JsonNode setApart) {
        for (com.fasterxml.jackson.databind.JsonNode r : setApart) {
            int forks = r.path("primaryMetric").path("rawData").size();
            rejected.merge(ForkMerge.key(r), forks, Integer::sum);
            total += forks;
        }
    }

    private final Map<String, Integer> rejected = new HashMap<>();
    private int total;

    /** Extra forks a benchmark planned with {@code forks} forks may take: half as many again, at least 2. */
    public static int budget(int forks) {
        return Math.max(2, (forks + 1) / 2);
    }

    /** Whether a contended fork of {@code benchmark} is to be measured again (and counts it if so). */
    public boolean reject(String benchmark, int forks) {
        int so = rejected.getOrDefault(benchmark, 0);
        if (so >= budget(forks)) {
            return false;
        }
        rejected.put(benchmark, so + 1);
        total++;
        return true;
    }

    public int total() {
        return total;
    }
}
