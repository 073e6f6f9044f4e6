package io.fibbench.report.run;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which CPU each fork runs on, and whether that CPU stayed uncontended while it ran.
 *
 * <p>The CPUs of a shared virtual machine are not alike, nor steady: on the 2-core machine this suite
 * is developed on, C's fib(92) takes 24 ns on one CPU and 50 to 67 ns on the other, which one is
 * slow changes within the hour, and a slow stretch lasts from a second to minutes. The slowdown is
 * not a lower clock (a C call to noop or a sum over an array barely changes); it falls on tight
 * arithmetic loops, most likely a neighbour on the host core's other hardware thread. Forks that
 * ran in such a stretch made every interval over forks as wide as the gap.
 *
 * <p>So a small C probe (fibfloor --probe, one process pinned to each CPU, idle between questions)
 * times fib(92) on each CPU in about 20 ms just before each fork: with {@code auto} the fork runs on
 * the fastest, and the probe is asked again on that CPU just after. A fork is <em>contended</em> when
 * either probe is more than {@link #CONTENDED} times the fastest probe of the run; the runner measures
 * it again, within a budget. With a CPU number every fork runs there, probed the same way;
 * {@code none} leaves placement to the scheduler and probes nothing.
 */
public final class CpuPin implements AutoCloseable {

    /** Uncontended probes vary by up to 20% here (24 to 29 ns); contended ones are 1.4 to 2.7 times the best. */
    public static final double CONTENDED = 1.3;

    /** What a fork's probes said. */
    public record ForkProbe(int cpu, double before, double after, double best) {

        public boolean contended() {
            return Math.max(before, after) > CONTENDED * best;
        }

        /** One line for the progress output: which CPU, and what the probe said. */
        public String describe() {
            return String.format(Locale.ROOT, "CPU %d contended (probe %.1f ns before, %.1f after, best %.1f)", cpu, before,
                    after, best);
        }

        public Map<String, Object> record() {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("cpu", cpu);
            r.put("probeNsBefore", round(before));
            r.put("probeNsAfter", round(after));
            r.put("bestProbeNs", round(best));
            r.put("contended", contended());
            return r;
        }
    }

    private final List<Integer> cpus;
    private final Map<Integer, Probe> probes = new LinkedHashMap<>();
    private final Map<String, Object> record = new LinkedHashMap<>();
    private Path cpuFile;
    private Path pidFile;
    private boolean pinnedAtLaunch;
    private boolean unpinned;
    private IOException failure;
    private final List<Double> seen = new ArrayList<>();
    private int current;
    private double before;
    private double best = Double.POSITIVE_INFINITY;

    private CpuPin(List<Integer> cpus) {
        this.cpus = cpus;
        this.current = cpus.isEmpty() ? -1 : cpus.get(0);
    }

    /** {@code auto}, {@code none} or a CPU number. */
    public static CpuPin choose(String how) throws IOException {
        int available = Runtime.getRuntime().availableProcessors();
        if (how.equals("none")) {
            return unpinned("none (--pin none)");
        }
        if (onPath("taskset") == null) {
            return unpinned("none (taskset not found: apt-get install util-linux)");
        }
        List<Integer> cpus = new ArrayList<>();
        if (how.equals("auto")) {
            if (available < 2) {
                return unpinned("none (one CPU)");
            }
            for (int c = 0; c < available; c++) {
                cpus.add(c);
            }
        } else {
            int chosen = Integer.parseInt(how);
            if (chosen < 0 || chosen >= available) {
                throw new IllegalArgumentException("--pin " + how + ": this machine has CPUs 0 to " + (available - 1));
            }
            cpus.add(chosen);
        }
        CpuPin pin = new CpuPin(cpus);
        pin.record.put("cpu", how.equals("auto") ? "auto: each fork on the least contended CPU" : how);
        pin.record.put("probe", "C's fib(92), ns per call, median of 5 windows of 4 ms, just before and after each fork");
        pin.record.put("contendedAbove", CONTENDED + " x the run's reference probe (its fastest; the 5th percentile from 20 probes on)");
        try {
            for (int c : cpus) {
                pin.probes.put(c, new Probe(c));
            }
            // A few rounds first, so that the first forks are judged against this machine's real best.
            Map<String, Double> byCpu = new LinkedHashMap<>();
            for (int round = 0; round < 3; round++) {
                for (int c : cpus) {
                    byCpu.merge(String.valueOf(c), pin.probe(c), Math::min);
                }
            }
            pin.record.put("nsByCpu", byCpu);
        } catch (IOException | RuntimeException e) {
            pin.close();
            throw e;
        }
        return pin;
    }

    private static CpuPin unpinned(String why) {
        CpuPin pin = new CpuPin(List.of());
        pin.record.put("cpu", why);
        return pin;
    }

    /** Whether forks are probed (and so can be found contended). */
    public boolean probing() {
        return !cpus.isEmpty();
    }

    /** What the environment file says about placement. */
    public Map<String, Object> record() {
        return record;
    }

    /**
     * Just before a fork: probes the CPUs and picks the fastest. With {@code atLaunch} the fork starts
     * there; otherwise it starts on every CPU, and {@link #pinFork} moves it once warmed up: JVM
     * start-up and the JIT's compiler threads on one CPU cost 0.27 s a fork here, for nothing measured.
     */
    public void beforeFork(boolean atLaunch) throws IOException {
        if (!probing()) {
            return;
        }
        pinnedAtLaunch = atLaunch;
        unpinned = false;
        double fastest = Double.POSITIVE_INFINITY;
        for (int c : cpus) {
            double ns = probe(c);
            if (ns < fastest) {
                fastest = ns;
                current = c;
            }
        }
        before = fastest;
        if (cpuFile != null) {
            String cpuList = atLaunch ? String.valueOf(current) : allCpus();
            AtomicFiles.write(cpuFile, (cpuList + "\n").getBytes(StandardCharsets.US_ASCII));
        }
    }

    /**
     * Just before a fork that must keep every CPU (one with a benchmark thread per CPU): it starts on
     * all of them and stays there, unprobed.
     */
    public void unpinnedFork() throws IOException {
        unpinned = true;
        if (cpuFile != null) {
            AtomicFiles.write(cpuFile, (allCpus() + "\n").getBytes(StandardCharsets.US_ASCII));
        }
    }

    /**
     * Moves the running fork, every thread of it, to the CPU chosen for it (before its last warmup
     * iteration). Called from JMH's link thread, which would swallow an exception into "forked VM
     * corrupted the stream?", so a failure is kept for {@link #rethrowFailure} after the run.
     */
    void pinFork() {
        if (!probing() || pinnedAtLaunch || unpinned || pidFile == null) {
            return;
        }
        try {
            String pid = Files.readString(pidFile).strip();
            Process p = new ProcessBuilder("taskset", "-a", "-p", "-c", String.valueOf(current), pid)
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                failure = new IOException("taskset could not move fork " + pid + " to CPU " + current + ": "
                        + output.strip() + "; run with --pin none to measure without pinning");
            }
        } catch (IOException e) {
            failure = new IOException("could not move the fork to CPU " + current + " (" + e.getMessage()
                    + "); run with --pin none to measure without pinning", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new IOException("interrupted while pinning a fork", e);
        }
    }

    /** After a JMH run: the failure {@link #pinFork} met, if any (its fork ran where it was, unmoved). */
    void rethrowFailure() throws IOException {
        IOException f = failure;
        failure = null;
        if (f != null) {
            throw f;
        }
    }

    private String allCpus() {
        return String.join(",", cpus.stream().map(String::valueOf).toList());
    }
    /** Just after a fork: the probe on the CPU it ran on, and the verdict; null when not probing. */
    public ForkProbe afterFork() throws IOException {
        if (!probing() || unpinned) {
            return null;
        }
        double after = probe(current);
        return new ForkProbe(current, before, after, best);
    }

    /** The command that runs {@code program} on the CPU chosen last. */
    public List<String> wrap(List<String> command) {
        if (!probing()) {
            return command;
        }
        List<String> pinned = new ArrayList<>(List.of("taskset", "-c", String.valueOf(current)));
        pinned.addAll(command);
        return pinned;
    }

    /** A launcher JMH can be given as its JVM: the JDK's java, started on the CPU chosen for the fork. */
    Path launcher(Jdk jdk, Path dir) throws IOException {
        if (!probing()) {
            return jdk.java();
        }
        cpuFile = dir.resolve("fork-cpu");
        pidFile = dir.resolve("fork-pid");
        AtomicFiles.write(cpuFile, (current + "\n").getBytes(StandardCharsets.US_ASCII));
        Path script = dir.resolve("java-" + jdk.feature() + "-pinned");
        Files.writeString(script, "#!/bin/sh\necho $$ > '" + pidFile + "'\nexec taskset -c \"$(cat '" + cpuFile + "')\" '"
                + jdk.java() + "' \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    /**
     * The run's reference is its best probe, made robust: the 5th percentile once there are 20 probes,
     * so that one reading too low to repeat does not make every later fork look contended.
     */
    private double probe(int cpu) throws IOException {
        double ns = probes.get(cpu).ask();
        seen.add(ns);
        List<Double> sorted = new ArrayList<>(seen);
        sorted.sort(null);
        best = sorted.get(sorted.size() < 20 ? 0 : sorted.size() / 20);
        return ns;
    }

    @Override
    public void close() {
        probes.values().forEach(Probe::close);
        probes.clear();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
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

    /** One fibfloor --probe process pinned to a CPU: a line in, ns per fib(92) out. */
    private static final class Probe {
        private final Process process;
        private final Writer in;
        private final BufferedReader out;
        private final int cpu;

        Probe(int cpu) throws IOException {
            this.cpu = cpu;
            Path floor = CFloor.executable();
            process = new ProcessBuilder("taskset", "-c", String.valueOf(cpu), floor.toString(), "--probe")
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII);
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
        }

        double ask() throws IOException {
            in.write("\n");
            in.flush();
            String line = out.readLine();
            if (line == null) {
                throw new IOException("the CPU probe on CPU " + cpu + " (fibfloor --probe) ended; run with --pin none "
                        + "to measure without probing");
            }
            try {
                return Double.parseDouble(line.strip());
            } catch (NumberFormatException e) {
                throw new IOException(String.format(Locale.ROOT, "the CPU probe on CPU %d answered '%s', not a number",
                        cpu, line), e);
            }
        }

        void close() {
            process.destroy();
        }
    }
}
