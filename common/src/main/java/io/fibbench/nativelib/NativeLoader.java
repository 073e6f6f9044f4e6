package io.fibbench.nativelib;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

/**
 * Finds the native libraries the bindings need, the way zstd-jni and JNA do: an override
 * system property first, then the copy packed in a jar, extracted to a private temp folder.
 *
 * <p>Every binding, whatever its mechanism, calls the one libfib (.so, .dylib on macOS) that {@link #libfib()}
 * returns, so all of them measure the same machine code.
 */
public final class NativeLoader {

    /** Override for libfib.so: {@code -Dfibbench.lib=/path/to/libfib.so}. */
    public static final String LIB_PROPERTY = "fibbench.lib";

    private static Path libfib;
    private static Path extractDir;
    private static final java.util.Set<String> extracted = new java.util.HashSet<>();

    private NativeLoader() {
    }

    /**
     * libfib.so, loaded into this JVM (so a JNI stub that links to it finds it by soname), and its
     * path for mechanisms that open it themselves (JNA, JNR, Panama). Loaded once per JVM.
     *
     * @throws NativeLibraryException when it cannot be found or loaded
     */
    public static synchronized Path libfib() {
        if (libfib == null) {
            Path path = locateLibfib();
            try {
                System.load(path.toString());
            } catch (UnsatisfiedLinkError e) {
                throw new NativeLibraryException("Could not load " + path + ": " + e.getMessage()
                        + ". It must be a " + NativePlatform.library("fib") + " built for " + NativePlatform.current()
                        + " (./mvnw -pl native package builds one);"
                        + " if the temp folder is mounted noexec, point -Djava.io.tmpdir elsewhere.", e);
            }
            libfib = path;
        }
        return libfib;
    }

    /** Where libfib is (the override or the extracted copy), without loading it. */
    public static Path locateLibfib() {
        return locate(NativeLoader.class, LIB_PROPERTY, "io/fibbench/native", NativePlatform.library("fib"), "io.fibbench:native");
    }

    /**
     * A native file for this platform: the path in {@code -D<property>} if set, else the jar
     * resource {@code <resourceDir>/<platform>/<fileName>} extracted beside libfib.so.
     * Loading is left to the caller, because a JNI library binds to the class loader of the
     * class that calls {@link System#load}.
     *
     * @param owner    a class from the jar that packs the file (its class loader finds it)
     * @param artifact the Maven coordinates that pack it, for the error message
     */
    public static synchronized Path locate(Class<?> owner, String property, String resourceDir, String fileName,
                                           String artifact) {
        String override = System.getProperty(property);
        if (override != null && !override.isBlank()) {
            Path path = Paths.get(override).toAbsolutePath();
            if (!Files.isRegularFile(path)) {
                throw new NativeLibraryException(fileName + " not found at " + path + " (from -D" + property + ")."
                        + " Point -D" + property + " at an existing " + fileName
                        + ", or remove it to use the copy packed in " + artifact + ".");
            }
            return path;
        }
        String platform = NativePlatform.current();
        String resource = resourceDir + "/" + platform + "/" + fileName;
        try (InputStream in = owner.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new NativeLibraryException(fileName + " for " + platform + " is not on the class path"
                        + " (looked for " + resource + " in " + artifact + ", which packs " + packed(owner, resourceDir)
                        + "). Build it on this machine with ./mvnw install (needs cc and make), or set -D" + property
                        + "=/path/to/" + fileName + ".");
            }
            // Once per JVM: copying again would replace a file another thread may be starting (a program
            // like fibfloor loses its execute bit in the copy: "Permission denied" in that other thread).
            Path target = extractDir().resolve(fileName);
            if (!extracted.contains(resource)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                target.toFile().deleteOnExit();
                extracted.add(resource);
            }
            return target;
        } catch (IOException e) {
            throw new NativeLibraryException("Could not extract " + resource + " to " + extractDir + ": " + e
                    + ". Free space in the temp folder or set -Djava.io.tmpdir, or set -D" + property + ".", e);
        }
    }

    /** The platforms whose folder is on the class path under {@code resourceDir}, for the error message. */
    private static String packed(Class<?> owner, String resourceDir) {
        java.util.List<String> found = NativePlatform.BUILT.stream()
                .filter(p -> owner.getClassLoader().getResource(resourceDir + "/" + p + "/") != null)
                .toList();
        return found.isEmpty() ? "no platform's" : "only " + String.join(", ", found);
    }

    /** One private (owner-only) folder per JVM, so libraries that link to each other sit side by side. */
    private static Path extractDir() throws IOException {
        if (extractDir == null) {
            extractDir = Files.createTempDirectory("fibbench-native-");
            extractDir.toFile().deleteOnExit();
        }
        return extractDir;
    }
}
