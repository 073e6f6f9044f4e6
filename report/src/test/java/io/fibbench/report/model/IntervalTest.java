package io.fibbench.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's interval is over fork means; one fork keeps JMH's own. */
class IntervalTest {

    private static final String RESULT = """
            [{"jmhVersion":"1.37","benchmark":"io.fibbench.bench.Overhead.noop","mode":"avgt","threads":1,"forks":%d,
              "jdkVersion":"25.0.3","params":{"variant":"jni"},
              "primaryMetric":{"score":2.0,"scoreError":0.123,"scoreUnit":"ns/op","rawData":%s},"secondaryMetrics":{}}]
            """;

    @TempDir
    Path dir;

    @Test
    void threeForksGiveStudentsTOverTheirMeans() throws Exception {
        // fork means 1, 2, 3: sd 1, t(0.995, 2) = 9.925, so 9.925 / sqrt(3) = 5.730
        Measurement m = read(3, "[[0.5,1.5],[2,2],[3,3]]");
        assertEquals(5.730, m.error(), 0.001);
        assertTrue(m.errorAcrossForks());
        assertEquals(2.865, m.relativeError(), 0.001);
    }

    @Test
    void oneForkKeepsJmhsIterationInterval() throws Exception {
        Measurement m = read(1, "[[1.9,2.0,2.1]]");
        assertEquals(0.123, m.error(), 1e-12);
        assertFalse(m.errorAcrossForks());
    }

    private Measurement read(int forks, String raw) throws Exception {
        Path file = Files.writeString(dir.resolve("r.json"), String.format(RESULT, forks, raw));
        List<Measurement> ms = ResultsFile.read(file);
        return ms.get(0);
    }
}
