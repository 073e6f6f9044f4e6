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

    public static Path copy(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
