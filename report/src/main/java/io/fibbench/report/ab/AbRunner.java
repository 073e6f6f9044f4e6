package io.fibbench.report.ab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fibbench.bench.Forks;
import io.fibbench.bench.Scenario;
import io.fibbench.report.compare.Verdict;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Measures two builds side by side: in each round, both sides (in random order) run every benchmark
 * of the profile once, one fresh JVM per benchmark, variant and parameter value, on the CPU the probe
 * finds least contended. Each side's forks go to a JMH results file of its own, rewritten after every
 * fork, each fork tagged with its round, so {@link Pairing} can pair them.
 *
 * <p>After the first {@code rounds} rounds, only the benchmarks whose verdict is still inconclusive
 * run again, a round at a time, until each is decided, {@code maxRounds} is reached or the next round
 * would end after the time budget. That is where the time buys something: a benchmark that is
 * plainly unchanged after 5 rounds needs no 6th, and one at the edge of the threshold gets the rounds
 * its interval needs. Looking again after every round makes a false "slower" a little likelier than
 * one look would; the verdict asks the interval to clear half the threshold, not 1, which keeps that
 * small (0 of 10 A/A comparisons measured, see the README).
 */
public final class AbRunner {

    /**
     * What to compare and how. {@code rounds} always run, undecided benchmarks up to {@code maxRounds}
     * within {@code budget} from the start. {@code inject} slows the head side only (for checking the check).
     */
    public record Request(SideJar base, SideJar head, Profile profile, List<String> variants, Jdk jdk, int rounds,
                          int maxRounds, Duration budget, double threshold, double confidence, Path resultsDir,
                          String inject, String pin, long seed) {
    }

    /** The two sides' results files, and what the base side could not run (new on the head side). */
    public record Written(Path base, Path head, List<String> notOnBase) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintStream out;

    public AbRunner(PrintStream out) {
        this.out = out;
    }

    /**
     * One side's state in a run: its jar and the JVM flags its build gives forks, its results file and
     * forks, the forks a contended CPU spoiled (kept apart, as run keeps them), each job's fork mean by round.
     */
    private static final class Side {
        final boolean isBase;
        final SideJar jar;
        final List<String> jvmArgs;
        final Path file;
        final ArrayNode forks = JSON.createArrayNode();
        final Path contendedFile;
        final ArrayNode contended = JSON.createArrayNode();
        final Map<Job, Map<Integer, Double>> scores = new HashMap<>();

        Side(boolean isBase, SideJar jar, Path file, int jdkFeature) {
            this.isBase = isBase;
            this.jar = jar;
            this.jvmArgs = jar.forkJvmArgs(jdkFeature);
            this.file = file;
            this.contendedFile = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.json$", ".contended.json"));
        }

        String name() {
            return isBase ? "base" : "head";
        }
    }

    public Written run(Request request) throws IOException, InterruptedException {
        AtomicFiles.requireWritableFolder(request.resultsDir(), "--results");
        String stem = RunFiles.stamp() + "-ab";
        int feature = request.jdk().feature();
        Side base = new Side(true, request.base(), request.resultsDir().resolve(stem + "-base.json"), feature);
        Side head = new Side(false, request.head(), request.resultsDir().resolve(stem + "-head.json"), feature);
        Random order = new Random(request.seed());
        List<Job> jobs = jobs(request);
        Map<Job, Boolean> lowerIsBetter = new HashMap<>();
        long start = System.nanoTime();
        Path scratch = AtomicFiles.scratchFolder(Path.of(System.getProperty("java.io.tmpdir")), "fibbench-ab-");
        Contention contention = new Contention();
        Map<Job, String> notOnBase = new java.util.LinkedHashMap<>();
        try (CpuPin pin = CpuPin.choose(request.pin())) {
            out.println("fibbench ab: " + request.base().label() + " (" + shortCommit(request.base()) + ") against "
                    + request.head().label() + " (" + shortCommit(request.head()) + "), " + request.rounds()
                    + (request.maxRounds() > request.rounds() ? " to " + request.maxRounds() : "") + " rounds of "
                    + jobs.size() + " benchmarks a side, JDK " + request.jdk().label() + ", CPU placement: "
                    + pin.record().get("cpu"));
            int forks = 0;
            for (int round = 1; round <= request.maxRounds(); round++) {
                List<Job> due = round <= request.rounds() ? jobs
                        : undecided(jobs, notOnBase.keySet(), base, head, lowerIsBetter, request);
                if (due.isEmpty()) {
                    out.println("fibbench ab: every benchmark decided after " + (round - 1) + " rounds");
                    break;
                }
                double elapsed = (System.nanoTime() - start) / 1e9;
                double nextRound = elapsed / Math.max(1, forks) * 2 * due.size();
                if (round > request.rounds() && elapsed + nextRound > request.budget().toSeconds()) {
                    out.printf(Locale.ROOT, "fibbench ab: %d benchmark(s) still undecided after %d rounds; another round "
                            + "(about %.0f s) would pass the %d s budget%n", due.size(), round - 1, nextRound,
                            request.budget().toSeconds());
                    break;
                }
                if (round > request.rounds()) {
                    out.println("fibbench ab: round " + round + " for the " + due.size() + " undecided benchmark(s)");
                }
                List<Side> sides = new ArrayList<>(List.of(base, head));
                Collections.shuffle(sides, order);
                int done = 0;
                for (Side side : sides) {
                    for (Job job : due) {
                        done++;
                        if (side.isBase && notOnBase.containsKey(job)) {
                            continue;
                        }
                        out.printf(Locale.ROOT, "[%d/%d] round %d, %s: %s%n", done, 2 * due.size(), round, side.name(),
                                job.describe());
                        forks++;
                        measureUntilClean(side, job, round, request, pin, contention, scratch, notOnBase, lowerIsBetter);
                        AtomicFiles.write(side.file, JSON.writeValueAsBytes(side.forks));
                    }
                }
            }
        } finally {
            AtomicFiles.deleteQuietly(scratch);
        }
        return new Written(base.file, head.file, notOnBase.keySet().stream().map(Job::describe).toList());
    }

    /** The jobs both sides ran whose verdict is still inconclusive. */
    private static List<Job> undecided(List<Job> jobs, java.util.Set<Job> headOnly, Side base, Side head,
                                       Map<Job, Boolean> lowerIsBetter, Request request) {
        List<Job> out = new ArrayList<>();
        for (Job job : jobs) {
            if (headOnly.contains(job)) {
                continue;
            }
            Pairing.Rounds rounds = Pairing.Rounds.matched(job.describe(), "", base.scores.getOrDefault(job, Map.of()),
                    head.scores.getOrDefault(job, Map.of()), lowerIsBetter.getOrDefault(job, true));
            if (Pairing.of(rounds, request.threshold(), request.confidence()).verdict() == Verdict.INCONCLUSIVE) {
                out.add(job);
            }
        }
        return out;
    }

    /** One fork of one side, measured again if the probe found its CPU contended (within the budget for that). */
    private void measureUntilClean(Side side, Job job, int round, Request request, CpuPin pin, Contention contention,
                                   Path scratch, Map<Job, String> notOnBase, Map<Job, Boolean> lowerIsBetter)
            throws IOException, InterruptedException {
        while (true) {
            Path part = scratch.resolve("part.json");
            Files.deleteIfExists(part);
            pin.beforeFork(true);
            try {
                measure(side, job, request, side.isBase ? zeroShare(request.inject()) : request.inject(), part,
                        pin.wrap(List.of()));
            } catch (IOException e) {
                if (!side.isBase) {
                    throw e; // the build under test cannot run what it has: that is the finding
                }
                // A benchmark or variant the base predates: the head side is measured alone.
                notOnBase.put(job, e.getMessage());
                out.println("        the base cannot run it (" + e.getMessage() + "): head side only");
                return;
            }
            CpuPin.ForkProbe probe = pin.afterFork();
            JsonNode fork = JSON.readTree(part.toFile());
            if (probe != null && probe.contended()
                    && contention.reject(side.name() + " " + job.describe(), request.rounds())) {
                out.println("        " + probe.describe() + ": measuring it again");
                for (JsonNode r : fork) {
                    ((ObjectNode) r).putArray(ForkMerge.PROBES).add(JSON.valueToTree(probe.record()));
                    ForkMerge.add(side.contended, JSON.createArrayNode().add(r));
                }
                AtomicFiles.write(side.contendedFile, JSON.writeValueAsBytes(side.contended));
                continue;
            }
            for (JsonNode r : fork) {
                ObjectNode result = (ObjectNode) r;
                result.put("jvm", request.jdk().java().toString());
                result.putArray(ForkMerge.ROUNDS).add(round);
                if (probe != null) {
                    result.putArray(ForkMerge.PROBES).add(JSON.valueToTree(probe.record()));
                }
                ForkMerge.add(side.forks, JSON.createArrayNode().add(result));
                double score = result.path("primaryMetric").path("score").asDouble();
                side.scores.computeIfAbsent(job, k -> new TreeMap<>()).put(round, score);
                lowerIsBetter.put(job, !"thrpt".equals(result.path("mode").asText()));
                out.printf(Locale.ROOT, "        %.4g %s%n", score, result.path("primaryMetric").path("scoreUnit").asText());
            }
            return;
        }
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
    private static void measure(Side on, Job job, Request request, String inject, Path part, List<String> prefix)
            throws IOException, InterruptedException {
        SideJar side = on.jar;
        List<String> command = new ArrayList<>(prefix);
        command.add(request.jdk().java().toString());
        command.addAll(on.jvmArgs);
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

    /**
     * The base side of an injected comparison runs the same wrapper with nothing injected, so that the
     * sides differ by the injected calls alone, not by the wrapper's own nanosecond.
     */
    private static String zeroShare(String inject) {
        return inject == null ? null : inject.substring(0, inject.lastIndexOf(':')) + ":0%";
    }

    private static String shortCommit(SideJar side) {
        return side.commit().length() > 10 ? side.commit().substring(0, 10) + side.commit().replaceAll("^[0-9a-f]+", "")
                : side.commit();
    }
}
