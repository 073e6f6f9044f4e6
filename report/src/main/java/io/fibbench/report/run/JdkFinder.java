package io.fibbench.report.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The JDKs on this machine, found where installers put them (the same places Maven's JDK
 * discovery looks), so no JAVA_HOME has to be set by hand to run on several JDKs.
 */
public final class JdkFinder {

    private JdkFinder() {
    }

    /** Every JDK found, one per real path, oldest feature release first. */
    public static List<Jdk> find() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(System.getProperty("java.home")));
        System.getenv().forEach((name, value) -> {
            // JAVA_HOME_25_X64, JAVA_HOME_17_ARM64: where GitHub's setup-java puts each JDK it installs.
            if (name.matches("JAVA(\\d+)?_HOME|JDK(\\d+)?_HOME|JAVA_HOME_\\d+_[A-Z0-9]+") && !value.isBlank()) {
                candidates.add(Path.of(value));
            }
        });
        String home = System.getProperty("user.home");
        for (String root : List.of("/usr/lib/jvm", "/usr/java", "/opt/java", "/opt/jdk", "/opt/jdks",
                "/Library/Java/JavaVirtualMachines", home + "/.sdkman/candidates/java", home + "/.jdks")) {
            candidates.addAll(children(Path.of(root)));
        }
        Map<Path, Jdk> byRealPath = new LinkedHashMap<>();
        for (Path candidate : candidates) {
            for (Path dir : List.of(candidate, candidate.resolve("Contents/Home"))) {
                try {
                    Jdk jdk = Jdk.at(dir);
                    byRealPath.putIfAbsent(dir.toRealPath(), jdk);
                } catch (IllegalArgumentException | IOException notAJdk) {
                    // Not every folder under /usr/lib/jvm is a JDK (links, JREs, docs): skip it.
                }
            }
        }
        return byRealPath.values().stream()
                .sorted(Comparator.<Jdk>comparingInt(Jdk::feature).thenComparing(Jdk::version, Comparator.<String>naturalOrder()))
                .toList();
    }

    private static List<Path> children(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
