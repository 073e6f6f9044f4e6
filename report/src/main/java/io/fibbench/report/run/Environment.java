package io.fibbench.report.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** What a result depends on besides the code: machine, OS, JDKs, library versions, commit, profile. */
final class Environment {

    private Environment() {
    }

    static Map<String, Object> capture(Profile profile, Map<Jdk, List<VariantStatus>> statuses,
                                       SuiteRunner.Request request) throws IOException {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("date", OffsetDateTime.now().toString());
        env.put("profile", profile.id());
        // What run --resume needs to go on measuring the same thing.
        Map<String, Object> asked = new LinkedHashMap<>();
        asked.put("profile", profile.id());
        asked.put("variants", request.variants());
        asked.put("jdks", request.jdks().stream().map(j -> j.home().toString()).toList());
        asked.put("injectSlowdown", request.injectSlowdown());
        asked.put("pin", request.pin());
        env.put("request", asked);
        env.put("gitCommit", gitCommit());
        env.put("cpu", cpuModel());
        env.put("cores", Runtime.getRuntime().availableProcessors());
        env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        List<Map<String, Object>> jdks = new ArrayList<>();
        statuses.forEach((jdk, variants) -> {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("home", jdk.home().toString());
            j.put("version", jdk.version());
            j.put("feature", jdk.feature());
            j.put("vendor", jdk.vendor());
            j.put("variants", variants);
            jdks.add(j);
        });
        env.put("jdks", jdks);
        env.put("libraries", libraryVersions());
        if (request.injectSlowdown() != null) {
            env.put("injectedSlowdown", request.injectSlowdown() + " (consumeCPU tokens per call: NOT a real measurement)");
        }
        return env;
    }

    /** The C compiler, as the C floor's results name it. */
    static Map<String, Object> withCompiler(Map<String, Object> env, JsonNode results) {
        for (JsonNode r : results) {
            if ("c".equals(r.path("params").path("variant").asText())) {
                // fibfloor reports the compiler's __VERSION__: gcc's is a bare number, clang's names itself.
                String version = r.path("vmVersion").asText();
                env.put("cCompiler", version.matches("[0-9].*") ? "gcc " + version : version);
                break;
            }
        }
        return env;
    }

    static Map<String, String> libraryVersions() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Environment.class.getResourceAsStream("/io/fibbench/report/versions.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        Map<String, String> versions = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> versions.put(k, p.getProperty(k)));
        return versions;
    }

    /**
     * The CPU's name, which the cross-machine report compares machines by. x86 Linux says it in
     * /proc/cpuinfo; Arm Linux gives only part numbers there, which lscpu decodes (Neoverse-N1);
     * macOS answers sysctl (Apple M1).
     */
    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux: ask the commands below
        }
        String lscpu = firstLine("Model name:", "lscpu");
        if (lscpu != null) {
            return lscpu;
        }
        String sysctl = firstLine("", "sysctl", "-n", "machdep.cpu.brand_string");
        return sysctl != null ? sysctl : System.getProperty("os.arch");
    }

    /** The rest of the first output line of {@code command} that starts with {@code prefix}, or null. */
    private static String firstLine(String prefix, String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("LC_ALL", "C"); // lscpu's "Model name:" is translated in other locales
            Process p = builder.start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return out.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).trim())
                    .filter(l -> !l.isEmpty() && !l.equals("-")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "unknown (not a git checkout)";
        } catch (IOException e) {
            return "unknown (no git)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
