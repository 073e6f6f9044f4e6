package io.fibbench.report.run;

import io.fibbench.nativelib.NativeLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs fibfloor, the C-to-C floor packed beside libfib.so in io.fibbench:native, and returns its
 * JMH-shaped JSON (variant "c").
 */
final class CFloor {

    /** Override for the floor program: {@code -Dfibbench.floor=/path/to/fibfloor}. */
    static final String PROPERTY = "fibbench.floor";

    private CFloor() {
    }

    /** The floor program, ready to run (extracted beside libfib.so, which it finds there through $ORIGIN). */
    static Path locate() throws IOException {
        NativeLoader.libfib();
        return NativeLoader.locate(NativeLoader.class, PROPERTY, "io/fibbench/native", "fibfloor", "io.fibbench:native");
    }

    /** The floor program, located and made executable. */
    static Path executable() throws IOException {
        Path floor = locate();
        if (!floor.toFile().canExecute() && !floor.toFile().setExecutable(true, true)) {
            throw new IOException("cannot make " + floor + " executable; if the temp folder is mounted noexec, point -Djava.io.tmpdir elsewhere");
        }
        return floor;
    }

    static String run(List<String> args) throws IOException, InterruptedException {
        return run(List.of(), args);
    }

    /** Runs fibfloor behind {@code prefix} (e.g. taskset's, to pin it to the forks' CPU). */
    static String run(List<String> prefix, List<String> args) throws IOException, InterruptedException {
        Path floor = executable();
        List<String> command = new ArrayList<>(prefix);
        command.add(floor.toString());
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String json;
        try (InputStream in = p.getInputStream()) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("fibfloor did not finish in 10 minutes: " + command);
        }
        if (p.exitValue() != 0) {
            throw new IOException("fibfloor failed (exit " + p.exitValue() + "): " + command);
        }
        return json;
    }
}
