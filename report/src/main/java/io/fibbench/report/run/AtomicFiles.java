package io.fibbench.report.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes that never leave a half-written file where a good one was: temp file beside it, then rename. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
        try {
            Files.write(tmp, content);
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // createTempFile makes it owner-only; results and reports are for everyone who can read the folder
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            move(tmp, target);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Checks, before anything is measured, that files can be written into {@code dir} (made if missing),
     * naming the option that chose it: a run must not find out at its end that it cannot keep its results.
     */
    public static void requireWritableFolder(Path dir, String option) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(option + " " + dir + " is a file, not a folder: choose a folder");
        }
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".fibbench-probe", ".tmp"));
        } catch (IOException e) {
            throw new IOException("cannot write into " + option + " " + dir + " (" + reason(e) + "): make it writable or "
                    + "choose another folder with " + option, e);
        }
    }

    /** One line naming the file the user asked for, not the temp file beside it. */
    private static IOException cannotWrite(Path target, IOException e) {
        return new IOException("cannot write " + target + " (" + reason(e) + "): make its folder writable or choose "
                + "another one", e);
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "a folder on its path does not exist";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * A scratch folder in {@code dir} named for this process ({@code prefix<pid>-...}), after deleting those that
     * processes no longer alive left behind (a run killed outright gets no chance to clean up after itself).
     */
    public static Path scratchFolder(Path dir, String prefix) throws IOException {
        try (var list = Files.list(dir)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && Files.isDirectory(p)) {
                    String pid = name.substring(prefix.length()).split("-", 2)[0];
                    if (pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                        deleteTree(p);
                    }
                }
            }
        } catch (IOException e) {
            // someone else's leftovers we cannot delete are no reason not to run
        }
        return Files.createTempDirectory(dir, prefix + ProcessHandle.current().pid() + "-");
    }

    /** Deletes a folder where a failure has no one to be reported to (a shutdown hook, a finally after an error). */
    public static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException | java.io.UncheckedIOException e) {
            // a scratch folder in the temp folder; the next run's scratchFolder clears what a dead run left
        }
    }

    /** Renames, atomically where the file system can. */
    public static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
