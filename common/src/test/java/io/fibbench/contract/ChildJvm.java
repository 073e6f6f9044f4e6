package io.fibbench.contract;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a main class in a fresh JVM (this JVM's java, this test's class path): for behaviour that
 * may end the JVM, which a test must watch from outside. Output goes to a file, so a child that
 * hangs is killed after the timeout instead of blocking a pipe read.
 */
public final class ChildJvm {

    /** What the child printed (stdout and stderr interleaved) and how it ended. */
    public record Outcome(int exitCode, String output) {
    }

    private ChildJvm() {
    }

    /** Runs {@code main} with this test's class path. */
    public static Outcome run(Class<?> main, String... jvmOptions) throws IOException, InterruptedException {
        // Surefire puts the test class path in this property; java.class.path may be its booter jar only.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> args = new ArrayList<>(List.of(jvmOptions));
        args.addAll(List.of("-cp", classPath, main.getName()));
        return java(args);
    }

    /** Runs this JVM's java with {@code args} (options, class path, and a main class or source file). */
    public static Outcome java(List<String> args) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("fibbench-child");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-XX:ErrorFile=" + scratch.resolve("hs_err_%p.log"), // a crash report must not land in the module
                "-Djava.io.tmpdir=" + scratch));
        command.addAll(args);
        String main = args.get(args.size() - 1);
        Path log = scratch.resolve("output.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                fail(main + " did not finish in 60 s; it printed:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            deleteTree(scratch); // what a test needs is in the output it returns or fails with
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
