package io.fibbench.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the checked-in results fixture (and its environment file) into a test's folder. */
public final class Fixtures {

    private Fixtures() {
    }

    /** fixtures/small.json: a real quick run on JDK 25, plus JDK 17 noop rows and allocation figures. */
    public static Path small(Path dir) throws IOException {
        copy("small.env.json", dir);
        return copy("small.json", dir);
    }

    /**
     * fixtures/neoverse.json: another machine, made from small.json for the cross-machine report. Its
     * noop, fib(n) sweep and seed rows on JDK 25 and their C floor rows, with every number of every row
     * but the C floor's (score, error, iterations) times {@link #NEOVERSE_SCALE}, so that each ratio to
     * the floor is small.json's times that; its environment names a Neoverse-N1 running Linux on aarch64.
     */
    public static Path neoverse(Path dir) throws IOException {
        copy("neoverse.env.json", dir);
        return copy("neoverse.json", dir);
    }

    /** What neoverse.json's Java-side numbers are, over small.json's. */
    public static final double NEOVERSE_SCALE = 1.5;

    public static Path copy(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
