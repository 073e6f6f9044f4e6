package io.fibbench.report.ab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fibbench.bench.Forks;
import io.fibbench.bench.Scenario;
import io.fibbench.report.run.AtomicFiles;
import io.fibbench.report.run.Contention;
import io.fibbench.report.run.CpuPin;
import io.fibbench.report.run.ForkMerge;
import io.fibbench.report.run.Jdk;
import io.fibbench.report.run.Plan;
import io.fibbench.report.run.ProcessOutput;
import io.fibbench.report.run.Profile;
import io.fibbench.report.run.RunFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Measures two builds side by side: in each round, both sides (in random order) run every benchmark
 * of the profile once, one fresh JVM per benchmark, variant and parameter value, on the CPU the probe
 * finds least contended. Each side's forks go to a JMH results file of its own, rewritten after every
 * fork, each fork tagged with its round, so {@link Pairing} can pair them.
 */
public final class AbRunner {

    /** What to compare and how. {@code inject} slows the head side only (for checking the check). */
    public record Request(SideJar base, SideJar head, Profile profile, List<String> variants, Jdk jdk, int rounds,
                          Path resultsDir, String inject, String pin, long seed) {
    }

    /** The two sides' results files, and what the base side could not run (new on the head side). */
    public record Written(Path base, Path head, List<String> notOnBase) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintStream out;

    public AbRunner(PrintStream out) {
        this.out = out;
    }

    public Written run(Request request) throws IOException, InterruptedException {
        AtomicFiles.requireWritableFolder(request.resultsDir(), "--results");
        String stem = RunFiles.stamp() + "-ab";
        Path baseFile = request.resultsDir().resolve(stem + "-base.json");
        Path headFile = request.resultsDir().resolve(stem + "-head.json");
        ArrayNode base = JSON.createArrayNode();
        ArrayNode head = JSON.createArrayNode();
        Random order = new Random(request.seed());
        List<Job> jobs = jobs(request);
        int total = jobs.size() * 2 * request.rounds();
        int done = 0;
        Path scratch = AtomicFiles.scratchFolder(Path.of(System.getProperty("java.io.tmpdir")), "fibbench-ab-");
        Contention contention = new Contention();
        Map<Job, String> notOnBase = new java.util.LinkedHashMap<>();
        try (CpuPin pin = CpuPin.choose(request.pin())) {
            out.println("fibbench ab: " + request.base().label() + " (" + shortCommit(request.base()) + ") against "
                    + request.head().label() + " (" + shortCommit(request.head()) + "), " + request.rounds() + " rounds of "
                    + jobs.size() + " benchmarks a side, JDK " + request.jdk().label() + ", CPU placement: "
                    + pin.record().get("cpu"));
            for (int round = 1; round <= request.rounds(); round++) {
                List<Boolean> sides = new ArrayList<>(List.of(true, false)); // true: base
                Collections.shuffle(sides, order);
                for (boolean isBase : sides) {
                    SideJar side = isBase ? request.base() : request.head();
                    ArrayNode into = isBase ? base : head;
                    for (Job job : jobs) {
                        done++;
                        if (isBase && notOnBase.containsKey(job)) {
                            continue;
                        }
                        out.printf(Locale.ROOT, "[%d/%d] round %d, %s: %s%n", done, total, round, isBase ? "base" : "head",
                                job.describe());
                        while (true) {
                            Path part = scratch.resolve("part.json");
                            Files.deleteIfExists(part);
                            pin.beforeFork(true);
                            try {
                                measure(side, job, request, isBase ? null : request.inject(), part, pin.wrap(List.of()));
                            } catch (IOException e) {
                                if (!isBase) {
                                    throw e; // the build under test cannot run what it has: that is the finding
                                }
                                // A benchmark or variant the base predates: the head side is measured alone.
                                notOnBase.put(job, e.getMessage());
                                out.println("        the base cannot run it (" + e.getMessage() + "): head side only");
                                break;
                            }
                            CpuPin.ForkProbe probe = pin.afterFork();
                            JsonNode fork = JSON.readTree(part.toFile());
                            if (probe != null && probe.contended()
                                    && contention.reject((isBase ? "base " : "head ") + job.describe(), request.rounds())) {
                                out.println("        " + probe.describe() + ": measuring it again");
                                continue;
                            }
                            for (JsonNode r : fork) {
                                ObjectNode result = (ObjectNode) r;
                                result.put("jvm", request.jdk().java().toString());
                                result.putArray(ForkMerge.ROUNDS).add(round);
                                if (probe != null) {
                                    result.putArray(ForkMerge.PROBES).add(JSON.valueToTree(probe.record()));
                                }
                                ForkMerge.add(into, JSON.createArrayNode().add(result));
                                out.printf(Locale.ROOT, "        %.4g %s%n", result.path("primaryMetric").path("score")
                                        .asDouble(), result.path("primaryMetric").path("scoreUnit").asText());
                            }
                            break;
                        }
                        AtomicFiles.write(isBase ? baseFile : headFile, JSON.writeValueAsBytes(into));
                    }
                }
            }
        } finally {
            AtomicFiles.deleteQuietly(scratch);
        }
        return new Written(baseFile, headFile, notOnBase.keySet().stream().map(Job::describe).toList());
    }

    /** One benchmark of the profile at one parameter value, for one variant. */
    private record Job(Scenario scenario, Plan plan, String value, String variant) {
        String describe() {
            return scenario.benchmark().replace("io.fibbench.bench.", "") + (value.isEmpty() ? "" : " " + scenario.param()
                    + "=" + value) + " variant=" + variant;
        }
    }

    private static List<Job> jobs(Request request) {
        List<Job> jobs = new ArrayList<>();
        for (Map.Entry<Scenario, Plan> e : request.profile().plans().entrySet()) {
            List<String> values = Profile.values(e.getKey(), e.getValue());
            for (String value : values.isEmpty() ? List.of("") : values) {
                for (String variant : request.variants()) {
                    jobs.add(new Job(e.getKey(), e.getValue(), value, variant));
                }
            }
        }
        return jobs;
    }

    /**
     * One fresh JVM runs the one benchmark (JMH with -f 0: the JVM this launches is the fork, so no
     * second JVM starts, and nothing else has run in it to pollute its profile).
     */
    private static void measure(SideJar side, Job job, Request request, String inject, Path part, List<String> prefix)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.add(request.jdk().java().toString());
        command.addAll(List.of(Forks.jvmArgs(request.jdk().feature())));
        if (inject != null) {
            command.add("-D" + Forks.INJECT_PROPERTY + "=" + inject);
        }
        command.addAll(List.of("-jar", side.jar().toString(), job.scenario().include(), "-p", "variant=" + job.variant(),
                "-f", "0", "-wi", String.valueOf(job.plan().warmups()), "-i", String.valueOf(job.plan().measurements()),
                "-foe", "true", "-rf", "json", "-rff", part.toString()));
        if (!job.value().isEmpty()) {
            command.addAll(List.of("-p", job.scenario().param() + "=" + job.value()));
        }
        if (job.plan().millis() > 0) {
            command.addAll(List.of("-w", job.plan().millis() + "ms", "-r", job.plan().millis() + "ms"));
        }
        Path log = part.resolveSibling("fork.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly();
        }
        if (!finished || p.exitValue() != 0 || !Files.isRegularFile(part)) {
            String last = ProcessOutput.lastLine(Files.readString(log));
            throw new IOException(side.label() + " (" + side.jar() + ") failed on " + job.describe()
                    + (finished ? ": " + last.strip() : ": no result in 10 minutes"));
        }
    }

    private static String shortCommit(SideJar side) {
        return side.commit().length() > 10 ? side.commit().substring(0, 10) + side.commit().replaceAll("^[0-9a-f]+", "")
                : side.commit();
    }
}
