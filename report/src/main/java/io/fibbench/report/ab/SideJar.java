package io.fibbench.report.ab;

import io.fibbench.bench.Forks;
import io.fibbench.report.run.ProcessOutput;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One side of an A/B comparison: the benchmarks.jar of a git revision, built in a worktree of its own
 * (so the checkout the user works in is never touched) and kept by commit under target/ab, so a
 * second comparison with the same commit does not build it again. The working tree's side is the
 * jar the current build made.
 */
public record SideJar(String label, String commit, Path jar) {

    static final String WORKING_TREE = "working tree";

    /** The jar of a revision (a commit, branch, tag or HEAD~1), building it on first use. */
    public static SideJar of(Path repo, String revision, PrintStream out) throws IOException, InterruptedException {
        String commit = git(repo, "rev-parse", "--verify", "--quiet", revision + "^{commit}").strip();
        Path dir = repo.resolve("target/ab/" + commit);
        Path jar = dir.resolve("benchmarks.jar");
        if (Files.isRegularFile(jar)) {
            out.println("fibbench ab: " + revision + " = " + commit.substring(0, 10) + ", built before: " + jar);
            return new SideJar(revision, commit, jar);
        }
        Path tree = repo.resolve("target/ab/tree-" + commit);
        deleteWorktree(repo, tree);
        git(repo, "worktree", "add", "--detach", "--force", tree.toString(), commit);
        try {
            if (!Files.isDirectory(tree.resolve("bench"))) {
                throw new IllegalArgumentException(revision + " (" + commit.substring(0, 10) + ") has no bench module: "
                        + "it predates the A/B command's benchmarks.jar; compare a newer revision");
            }
            out.println("fibbench ab: building " + revision + " (" + commit.substring(0, 10) + ") in " + tree);
            run(tree, List.of("./mvnw", "-B", "-q", "package", "-DskipTests", "-pl", "bench", "-am"), 30);
            Path built = tree.resolve("bench/target/benchmarks.jar");
            if (!Files.isRegularFile(built)) {
                throw new IOException("building " + revision + " made no bench/target/benchmarks.jar in " + tree);
            }
            Files.createDirectories(dir);
            Files.copy(built, dir.resolve("benchmarks.jar.tmp"), StandardCopyOption.REPLACE_EXISTING);
            Files.move(dir.resolve("benchmarks.jar.tmp"), jar, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteWorktree(repo, tree);
        }
        return new SideJar(revision, commit, jar);
    }

    /**
     * The JVM flags this side's own build gives its forks ({@code Forks.jvmArgs} read from its jar): with
     * JMH's {@code -f 0} nothing else sets them, and a change of flags is part of what is compared.
     * A build without that method gets the flags of the build running the comparison.
     */
    public List<String> forkJvmArgs(int jdkFeature) {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class<?> forks = Class.forName(Forks.class.getName(), true, loader);
            return List.of((String[]) forks.getMethod("jvmArgs", int.class).invoke(null, jdkFeature));
        } catch (ReflectiveOperationException | IOException | LinkageError e) {
            return List.of(Forks.jvmArgs(jdkFeature));
        }
    }

    /** The jar of the build in the working tree (what {@code ./mvnw -pl report -am package} made). */
    public static SideJar workingTree(Path repo) throws IOException, InterruptedException {
        Path jar = repo.resolve("bench/target/benchmarks.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " is missing: build the working tree first "
                    + "(./mvnw -B -pl report -am package -DskipTests), or name it with --head REV");
        }
        String commit = git(repo, "rev-parse", "HEAD").strip();
        boolean dirty = !git(repo, "status", "--porcelain", "--untracked-files=no").isBlank();
        return new SideJar(WORKING_TREE, commit + (dirty ? "+changes" : ""), jar);
    }

    /** The repository the command runs in. */
    public static Path repository() throws IOException, InterruptedException {
        return Path.of(git(Path.of("").toAbsolutePath(), "rev-parse", "--show-toplevel").strip());
    }

    private static void deleteWorktree(Path repo, Path tree) throws IOException, InterruptedException {
        if (Files.exists(tree)) {
            git(repo, "worktree", "remove", "--force", tree.toString());
        }
        git(repo, "worktree", "prune");
    }

    static String git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        return run(repo, command, 2);
    }

    private static String run(Path dir, List<String> command, int minutes) throws IOException, InterruptedException {
        Path log = Files.createTempFile("fibbench-ab-", ".log");
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            Files.deleteIfExists(log);
            throw new IOException("cannot start " + command.get(0) + " (" + e.getMessage() + "): the A/B command needs "
                    + "git and the project's ./mvnw", e);
        }
        String output;
        try {
            if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " took more than " + minutes + " minutes");
            }
            output = Files.readString(log);
        } finally {
            Files.deleteIfExists(log);
        }
        if (p.exitValue() != 0) {
            String last = ProcessOutput.lastLine(output);
            if (command.contains("rev-parse") && command.contains("--verify")) {
                throw new IllegalArgumentException("'" + command.get(command.size() - 1).replace("^{commit}", "")
                        + "' is not a commit in " + dir);
            }
            throw new IOException(String.join(" ", command) + " failed (exit " + p.exitValue() + "): " + last.strip());
        }
        return output;
    }
}
