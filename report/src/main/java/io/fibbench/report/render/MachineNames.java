package io.fibbench.report.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a cross-machine report calls each run: its CPU, OS and architecture, and the JDKs measured, from
 * the environment file beside it; the results file's name when there is none. Runs that would share a
 * name (one machine measured twice) get their file's name added, then its path as given.
 */
final class MachineNames {

    private static final String SEPARATOR = " · ";

    private MachineNames() {
    }

    static List<String> of(List<Path> files, List<ReportData> data) {
        List<String> described = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            described.add(describe(files.get(i), data.get(i)));
        }
        List<String> byName = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            byName.add(Collections.frequency(described, described.get(i)) > 1
                    ? described.get(i) + " (" + files.get(i).getFileName() + ")" : described.get(i));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            names.add(Collections.frequency(byName, byName.get(i)) > 1
                    ? described.get(i) + " (" + files.get(i) + ")" : byName.get(i));
        }
        return names;
    }

    /** "AMD EPYC · Linux amd64 · JDK 17, 25", or the file's name for a run without a recorded CPU. */
    static String describe(Path file, ReportData data) {
        JsonNode env = data.environment;
        if (!env.hasNonNull("cpu") || env.get("cpu").asText().isBlank()) {
            return file.getFileName().toString();
        }
        List<String> parts = new ArrayList<>(List.of(env.get("cpu").asText().strip()));
        if (env.hasNonNull("os")) {
            parts.add(osAndArch(env.get("os").asText()));
        }
        if (!data.jdks().isEmpty()) {
            parts.add("JDK " + data.jdks().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        return String.join(SEPARATOR, parts);
    }

    /**
     * The environment's "os" is os.name, os.version and os.arch: the kernel's version says little about
     * the machine and makes every name long, so it is left out ("Linux 6.1.0-13 amd64" is "Linux amd64").
     */
    static String osAndArch(String os) {
        return Arrays.stream(os.strip().split("\\s+")).filter(w -> !w.isEmpty() && !Character.isDigit(w.charAt(0)))
                .collect(Collectors.joining(" "));
    }
}
