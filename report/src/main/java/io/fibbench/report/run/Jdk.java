package io.fibbench.report.run;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** An installed JDK, described by its {@code release} file. */
public record Jdk(Path home, String version, int feature, String vendor) {

    public Path java() {
        return home.resolve("bin").resolve("java");
    }

    /** e.g. "25 (Eclipse Adoptium 25.0.3)". */
    public String label() {
        return feature + " (" + vendor + " " + version + ")";
    }

    /**
     * Reads {@code <home>/release}.
     *
     * @throws IllegalArgumentException when home is not a JDK, with what was missing
     */
    public static Jdk at(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin").resolve("java"))) {
            throw new IllegalArgumentException(home + " is not a JDK: it needs bin/java and a release file");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(release, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + release + ": " + e.getMessage(), e);
        }
        String version = unquote(p.getProperty("JAVA_VERSION", ""));
        if (version.isEmpty()) {
            throw new IllegalArgumentException(release + " has no JAVA_VERSION");
        }
        String vendor = unquote(p.getProperty("IMPLEMENTOR", "unknown vendor"));
        return new Jdk(home, version, feature(version), vendor);
    }

    /** The feature release of a version string ("17.0.15" → 17, "1.8.0_412" → 8), 0 when there is none. */
    public static int feature(String version) {
        String v = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(v.substring(0, end));
    }

    private static String unquote(String s) {
        String t = s.trim();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
