package io.fibbench.report.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which CPU every fork and the C floor run on. The CPUs of a shared virtual machine need not be
 * alike: on the 2-core machine this suite is developed on, one ran C's fib(92) in 24 ns and the
 * other in 38 ns, so forks that the scheduler happened to start on one or the other fell into two
 * camps and every interval over forks was as wide as that gap. Pinned to one CPU, forks differ only
 * by what a fork is meant to sample. With {@code auto} the fastest CPU is chosen by timing the C
 * floor's fib(92) on each (a second or so); {@code none} leaves placement to the scheduler.
 */
final class CpuPin {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Integer cpu;
    private final Map<String, Object> record;

    private CpuPin(Integer cpu, Map<String, Object> record) {
        this.cpu = cpu;
        this.record = record;
    }

    /** {@code auto}, {@code none} or a CPU number. */
    static CpuPin choose(String how) throws IOException, InterruptedException {
        Map<String, Object> record = new LinkedHashMap<>();
        if (how.equals("none")) {
            record.put("cpu", "none (--pin none)");
            return new CpuPin(null, record);
        }
        String taskset = onPath("taskset");
        int cpus = Runtime.getRuntime().availableProcessors();
        if (taskset == null) {
            record.put("cpu", "none (taskset not found: apt-get install util-linux)");
            return new CpuPin(null, record);
        }
        if (!how.equals("auto")) {
            int chosen = Integer.parseInt(how);
            if (chosen < 0 || chosen >= cpus) {
                throw new IllegalArgumentException("--pin " + how + ": this machine has CPUs 0 to " + (cpus - 1));
            }
            record.put("cpu", chosen);
            return new CpuPin(chosen, record);
        }
        if (cpus < 2) {
            record.put("cpu", "none (one CPU)");
            return new CpuPin(null, record);
        }
        Map<String, Double> probe = new LinkedHashMap<>();
        int fastest = 0;
        for (int c = 0; c < cpus; c++) {
            double ns = probe(c);
            probe.put(String.valueOf(c), ns);
            if (ns < probe.get(String.valueOf(fastest))) {
                fastest = c;
            }
        }
        record.put("cpu", fastest);
        record.put("probe", "ns per C fib(92) call on each CPU, the C floor pinned there");
        record.put("nsByCpu", probe);
        return new CpuPin(fastest, record);
    }

    /** What the environment file says about the choice. */
    Map<String, Object> record() {
        return record;
    }

    /** The command that runs {@code program} on the chosen CPU. */
    List<String> wrap(List<String> command) {
        if (cpu == null) {
            return command;
        }
        List<String> pinned = new ArrayList<>(List.of("taskset", "-c", String.valueOf(cpu)));
        pinned.addAll(command);
        return pinned;
    }

    /** A launcher JMH can be given as its JVM: the JDK's java, started on the chosen CPU. */
    Path launcher(Jdk jdk, Path dir) throws IOException {
        if (cpu == null) {
            return jdk.java();
        }
        Path script = dir.resolve("java-" + jdk.feature() + "-cpu" + cpu);
        Files.writeString(script, "#!/bin/sh\nexec taskset -c " + cpu + " '" + jdk.java() + "' \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private static double probe(int cpu) throws IOException, InterruptedException {
        List<String> args = List.of("--warmup", "1", "--iterations", "3", "--time-ms", "50", "--sweep", "92",
                "--large-n", "none", "--each", "none", "--batch", "1000");
        JsonNode results = JSON.readTree(CFloor.run(new CpuPin(cpu, Map.of()).wrap(List.of()), args));
        for (JsonNode r : results) {
            if (r.path("benchmark").asText().endsWith("Sweep.fib")) {
                return r.path("primaryMetric").path("score").asDouble();
            }
        }
        throw new IOException("fibfloor measured no fib(92) to choose a CPU by");
    }

    private static String onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }
}
