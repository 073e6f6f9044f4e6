package io.fibbench.report.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fibbench.bench.Forks;
import io.fibbench.bench.Scenario;
import io.fibbench.nativelib.NativeLoader;
import io.fibbench.report.model.Measurement;
import io.fibbench.report.model.ResultsFile;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the suite: checks what can fail early, asks each chosen JDK which variants work there, runs
 * the C floor, then each scenario's forks in rounds (one JMH run per variant and fork, the variants
 * taking turns), rewriting the results file after every fork so that nothing measured is lost.
 */
public final class SuiteRunner {

    /**
     * What to run and where to write it. Empty {@code variants} means every available one. With
     * {@code resume}, the run continues that results file (made with the same request) and measures
     * only the forks it lacks.
     */
    public record Request(Profile profile, List<Jdk> jdks, List<String> variants, Path resultsDir, String injectSlowdown,
                          Path resume, String pin) {

        public Request(Profile profile, List<Jdk> jdks, List<String> variants, Path resultsDir) {
            this(profile, jdks, variants, resultsDir, null, null, "auto");
        }
    }

    /** The two files a run wrote. */
    public record Written(Path results, Path environment) {
    }

    /** One scenario with its plan, at a number of threads: a JMH run per variant and fork. */
    private record Group(Scenario scenario, Plan plan, List<String> values, int threads) {

        int sets() {
            return Math.max(1, values.size());
        }

        double estimateSeconds() {
            return plan.estimateSeconds(scenario.secondsPerShot());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintStream out;

    public SuiteRunner(PrintStream out) {
        this.out = out;
    }

    public Written run(Request request) throws IOException, InterruptedException, RunnerException {
        Profile profile = request.profile();
        List<String> forkProperties = fibbenchProperties();
        preflight(request);
        String classPath = forkClassPath();
        List<Group> groups = new ArrayList<>();
        int cores = Runtime.getRuntime().availableProcessors();
        profile.plans().forEach((scenario, plan) -> {
            List<String> values = Profile.values(scenario, plan);
            groups.add(new Group(scenario, plan, values, 1));
            if (scenario.scalesThreads() && cores > 1) {
                groups.add(new Group(scenario, plan, values, cores));
            }
        });

        Map<Jdk, List<VariantStatus>> statuses = new LinkedHashMap<>();
        Map<Jdk, List<String>> runnable = new LinkedHashMap<>();
        for (Jdk jdk : request.jdks()) {
            List<VariantStatus> status = listVariants(jdk, classPath, forkProperties);
            statuses.put(jdk, status);
            runnable.put(jdk, chosen(status, request.variants(), request.injectSlowdown(), jdk));
        }

        RunFiles files = request.resume() == null
                ? RunFiles.create(request.resultsDir(), profile)
                : RunFiles.resume(request.resume());
        ArrayNode results = files.results();
        int total = hasFloor(results) ? 0 : 1;
        double estimate = 5;
        for (Jdk jdk : request.jdks()) {
            for (Group g : groups) {
                for (String variant : runnable.get(jdk)) {
                    int missing = unsupported(variant, g.scenario()) ? 0 : missingForks(results, g, jdk, variant);
                    total += missing * g.sets();
                    estimate += missing * g.sets() * g.estimateSeconds() / g.plan().forks();
                }
            }
        }
        Map<String, Object> env = Environment.capture(profile, statuses, request);
        if (request.resume() != null) {
            keepRecordedOrigin(env, RunFiles.recordedEnvironment(request.resume()));
        }
        Progress progress = new Progress(out, total, estimate);
        Path scratch = AtomicFiles.scratchFolder(Path.of(System.getProperty("java.io.tmpdir")), "fibbench-jmh-");
        Thread onInterrupt = new Thread(() -> {
            if (Files.exists(files.resultsFile())) {
                out.println();
                out.println("fibbench: interrupted; what was measured is in " + files.resultsFile() + " (render it as it "
                        + "is, or finish it with: run --resume " + files.resultsFile() + ")");
            } else {
                out.println();
                out.println("fibbench: interrupted before the first measurement; nothing to resume");
            }
            AtomicFiles.deleteQuietly(scratch);
        });
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try (CpuPin pin = CpuPin.choose(request.pin())) {
            out.println("fibbench: CPU placement: " + pin.record().get("cpu")
                    + (pin.record().containsKey("nsByCpu") ? " (C's fib(92) in ns by CPU: " + pin.record().get("nsByCpu") + ")" : ""));
            env.put("cpuPinning", pin.record());
            files.writeEnvironment(env, false);
            Map<String, CpuPin.ForkProbe> probes = new LinkedHashMap<>();
            progress.onFork(new Progress.ForkHook() {
                @Override
                public void before(BenchmarkParams params) throws IOException {
                    if (params.getThreads() > 1) {
                        pin.unpinnedFork(); // the threads scenario measures what more CPUs give
                        return;
                    }
                    // A shot lasts milliseconds: a move after launch could land inside a measured one.
                    pin.beforeFork(params.getWarmup().getCount() == 0
                            || params.getMode() == org.openjdk.jmh.annotations.Mode.SingleShotTime);
                }

                @Override
                public void warmedUp(BenchmarkParams params) {
                    pin.pinFork();
                }

                @Override
                public void after(BenchmarkParams params) throws IOException {
                    CpuPin.ForkProbe probe = pin.afterFork();
                    if (probe != null) {
                        probes.put(paramsKey(params.getParam("variant"), paramValue(params)), probe);
                    }
                }
            });
            if (results.isEmpty() || !hasFloor(results)) {
                // First: it is quick, and a floor that cannot run is found before the long part, not after it.
                progress.step("C floor (fibfloor " + String.join(" ", profile.floorArgs()) + ")", 5);
                // Every call cost is read against the floor: measured again, once, if its CPU was contended.
                for (int attempt = 1; ; attempt++) {
                    pin.beforeFork(true);
                    JsonNode floor = JSON.readTree(CFloor.run(pin.wrap(List.of()), profile.floorArgs()));
                    CpuPin.ForkProbe probe = pin.afterFork();
                    if (probe != null && probe.contended() && attempt < 2) {
                        out.println("        " + probe.describe() + ": measuring the C floor again");
                        continue;
                    }
                    ForkMerge.add(results, floor);
                    break;
                }
                files.writeResults();
            }
            Contention contention = new Contention(files.contended());
            Forker forker = new Forker(request, profile, scratch, forkProperties, progress, pin, probes, files, contention);
            for (Jdk jdk : request.jdks()) {
                for (Group g : groups) {
                    progress.nextGroup(g.estimateSeconds() / g.plan().forks(),
                            "JDK " + jdk.feature() + (g.threads() > 1 ? ", " + g.threads() + " threads" : ""));
                    int forks = g.plan().forks();
                    // Rounds: every variant's first fork, then every variant's second one, so that a noisy
                    // stretch of a shared machine falls on all variants alike rather than on one. The extra
                    // rounds measure again what a contended CPU spoiled, up to the budget.
                    for (int round = 1; round <= forks + Contention.budget(forks); round++) {
                        for (String variant : runnable.get(jdk)) {
                            List<String> due = new ArrayList<>();
                            for (String value : valuesOf(g)) {
                                if (forksDone(results, g, jdk, variant, value) < Math.min(round, forks)) {
                                    due.add(value);
                                }
                            }
                            forker.fork(g, jdk, variant, due);
                        }
                    }
                }
            }
            if (profile.refine().isPresent()) {
                refine(profile.refine().get(), groups, runnable, forker, env);
            }
            env.put("contendedForks", contention.total());
        } finally {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
            AtomicFiles.deleteQuietly(scratch);
        }
        files.writeEnvironment(Environment.withCompiler(env, results), true);
        return new Written(files.resultsFile(), files.environmentFile());
    }

    /** What every fork of a run shares: one JMH run of one variant's due parameter values, written as it ends. */
    private final class Forker {
        private final Request request;
        private final Profile profile;
        private final Path scratch;
        private final List<String> forkProperties;
        private final Progress progress;
        private final CpuPin pin;
        private final Map<String, CpuPin.ForkProbe> probes;
        private final RunFiles files;
        private final Contention contention;
        private final Map<Jdk, Path> launchers = new LinkedHashMap<>();

        Forker(Request request, Profile profile, Path scratch, List<String> forkProperties, Progress progress, CpuPin pin,
               Map<String, CpuPin.ForkProbe> probes, RunFiles files, Contention contention) {
            this.request = request;
            this.profile = profile;
            this.scratch = scratch;
            this.forkProperties = forkProperties;
            this.progress = progress;
            this.pin = pin;
            this.probes = probes;
            this.files = files;
            this.contention = contention;
        }

        void fork(Group g, Jdk jdk, String variant, List<String> due)
                throws IOException, InterruptedException, RunnerException {
            if (due.isEmpty() || unsupported(variant, g.scenario())) {
                return;
            }
            Path launcher = launchers.get(jdk);
            if (launcher == null) {
                launcher = pin.launcher(jdk, scratch);
                launchers.put(jdk, launcher);
            }
            ArrayNode results = files.results();
            Path part = scratch.resolve("part.json");
            probes.clear();
            new Runner(options(g, due, jdk, launcher, variant, profile, part, request.injectSlowdown(),
                    forkProperties), progress).run();
            pin.rethrowFailure();
            for (JsonNode fork : JSON.readTree(part.toFile())) {
                // JMH records the launcher it was given; the results name the JDK's own java
                ObjectNode result = ((ObjectNode) fork).put("jvm", jdk.java().toString());
                String value = g.scenario().param() == null ? ""
                        : result.path("params").path(g.scenario().param()).asText();
                CpuPin.ForkProbe probe = probes.get(paramsKey(variant, value));
                if (probe != null) {
                    result.putArray(ForkMerge.PROBES).add(JSON.valueToTree(probe.record()));
                }
                ArrayNode one = JSON.createArrayNode().add(result);
                if (probe != null && probe.contended()
                        && contention.reject(ForkMerge.key(result), g.plan().forks())) {
                    out.println("        " + probe.describe() + ": measuring this fork again");
                    // counted, so that "[done/total]" never runs past its total
                    progress.extend(1, g.estimateSeconds() / g.plan().forks());
                    ForkMerge.add(files.contended(), one);
                    files.writeContended();
                } else {
                    ForkMerge.add(results, one);
                }
            }
            files.writeResults(); // a measurement reaches disk as soon as it exists
        }
    }

    /** Whether the variant's description says it cannot make this benchmark's call (the report says why). */
    static boolean unsupported(String variant, Scenario scenario) {
        return io.fibbench.VariantInfo.find(variant).map(i -> i.unsupported(scenario.id())).orElse(null) != null;
    }

    /** One cell of the run: a group's variant at one parameter value, on one JDK. */
    private record CellKey(Jdk jdk, Group group, String variant, String value) {
    }

    /**
     * The time left after the planned forks, spent in rounds on the cells {@link Refinement} picks
     * (each round again in the groups' and variants' order, so that drift falls on all alike).
     */
    private void refine(Profile.Refine refine, List<Group> groups, Map<Jdk, List<String>> runnable, Forker forker,
                        Map<String, Object> env) throws IOException, InterruptedException, RunnerException {
        int added = 0;
        double planned = forker.progress.elapsedSeconds();
        double budget = refine.extraShare() * planned;
        for (int round = 1; ; round++) {
            List<Refinement.Cell<CellKey>> cells = new ArrayList<>();
            for (Jdk jdk : runnable.keySet()) {
                for (Group g : groups) {
                    if (!g.scenario().callCost() || g.threads() > 1) {
                        continue;
                    }
                    for (String variant : runnable.get(jdk)) {
                        for (String value : valuesOf(g)) {
                            cells.add(new Refinement.Cell<>(new CellKey(jdk, g, variant, value),
                                    forkValues(forker.files.results(), g, jdk, variant, value),
                                    g.estimateSeconds() / g.plan().forks() * forker.progress.pace()));
                        }
                    }
                }
            }
            double left = planned + budget - forker.progress.elapsedSeconds();
            List<Refinement.Cell<CellKey>> next = Refinement.next(cells, refine, left);
            if (next.isEmpty()) {
                out.printf(java.util.Locale.ROOT, "fibbench: %d forks added where intervals were wide, in %.0f s of the "
                        + "%.0f s allowed (%.0f%% of the planned forks' %.0f s)%n", added, budget - Math.max(0, left), budget,
                        refine.extraShare() * 100, planned);
                break;
            }
            out.println("fibbench: refining, round " + round + ": one more fork for " + next.size() + " of " + cells.size()
                    + " cells whose interval is wide");
            forker.progress.extend(next.size(), next.stream().mapToDouble(Refinement.Cell::secondsPerFork).sum());
            for (Jdk jdk : runnable.keySet()) {
                for (Group g : groups) {
                    forker.progress.nextGroup(g.estimateSeconds() / g.plan().forks(), "JDK " + jdk.feature() + ", refining");
                    for (String variant : runnable.get(jdk)) {
                        List<String> due = new ArrayList<>();
                        for (Refinement.Cell<CellKey> c : next) {
                            if (c.key().jdk().equals(jdk) && c.key().group().equals(g) && c.key().variant().equals(variant)) {
                                due.add(c.key().value());
                            }
                        }
                        forker.fork(g, jdk, variant, due);
                        added += due.size();
                    }
                }
            }
        }
        env.put("refinedForks", added);
    }

    /**
     * A resumed run is the run it resumes: its date and commit stay. A resume on other code is said
     * aloud and recorded, since the file then holds two builds' measurements.
     */
    private void keepRecordedOrigin(Map<String, Object> env, JsonNode recorded) {
        String commit = recorded.path("gitCommit").asText("");
        if (!commit.equals(String.valueOf(env.get("gitCommit")))) {
            out.println("fibbench: warning: the run began on commit " + commit + " and resumes on " + env.get("gitCommit")
                    + ": its results now mix two builds");
            env.put("resumedOnCommit", env.get("gitCommit"));
        }
        env.put("gitCommit", commit);
        env.put("date", recorded.path("date").asText(String.valueOf(env.get("date"))));
        env.put("resumedAt", java.time.OffsetDateTime.now().toString());
    }

    /** What can fail before measuring fails before measuring: the results folder, and an overridden libfib.so. */
    private static void preflight(Request request) throws IOException {
        AtomicFiles.requireWritableFolder(request.resultsDir(), "--results");
        if (System.getProperty(NativeLoader.LIB_PROPERTY) != null) {
            try {
                // Found here; whether it loads, each JDK's variant listing says, with the reason, before measuring.
                NativeLoader.locateLibfib();
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("-D" + NativeLoader.LIB_PROPERTY + "="
                        + System.getProperty(NativeLoader.LIB_PROPERTY) + " is not usable: " + e.getMessage(), e);
            }
        }
        CFloor.locate();
    }

    /** Every -Dfibbench.* property of this JVM, for the forks and the variant listing: they load what the run checked. */
    static List<String> fibbenchProperties() {
        List<String> args = new ArrayList<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            // Not the slowdown injection: that goes to the forks only through --inject-slowdown, which the
            // environment file records, so a report can never show injected numbers as real ones.
            if (name.startsWith("fibbench.") && !name.equals(Forks.INJECT_PROPERTY)) {
                args.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        args.sort(null);
        return args;
    }

    private static boolean hasFloor(ArrayNode results) {
        for (JsonNode r : results) {
            if (Measurement.C_FLOOR.equals(r.path("params").path("variant").asText())) {
                return true;
            }
        }
        return false;
    }

    /** A group's parameter values, or one empty value for a scenario without a parameter. */
    private static List<String> valuesOf(Group g) {
        return g.values().isEmpty() ? List.of("") : g.values();
    }

    private static String paramsKey(String variant, String value) {
        return variant + "|" + value;
    }

    private static String paramValue(BenchmarkParams params) {
        for (String key : params.getParamsKeys()) {
            if (!key.equals("variant")) {
                return params.getParam(key);
            }
        }
        return "";
    }

    /** Forks measured so far for one parameter value of a group's variant. */
    private static int forksDone(ArrayNode results, Group g, Jdk jdk, String variant, String value) {
        return forkValues(results, g, jdk, variant, value).size();
    }

    /** Each fork's iteration values so far, for one parameter value of a group's variant. */
    private static List<List<Double>> forkValues(ArrayNode results, Group g, Jdk jdk, String variant, String value) {
        List<List<Double>> forks = new ArrayList<>();
        for (JsonNode r : results) {
            JsonNode params = r.path("params");
            if (r.path("benchmark").asText().equals(g.scenario().benchmark())
                    && r.path("jvm").asText().equals(jdk.java().toString())
                    && r.path("threads").asInt(1) == g.threads()
                    && params.path("variant").asText().equals(variant)
                    && (value.isEmpty() || params.path(g.scenario().param()).asText().equals(value))) {
                for (JsonNode fork : r.path("primaryMetric").path("rawData")) {
                    List<Double> values = new ArrayList<>();
                    fork.forEach(v -> values.add(ResultsFile.number(v)));
                    forks.add(values);
                }
                break;
            }
        }
        return forks;
    }

    private static int missingForks(ArrayNode results, Group g, Jdk jdk, String variant) {
        int missing = 0;
        for (String value : valuesOf(g)) {
            missing = Math.max(missing, g.plan().forks() - forksDone(results, g, jdk, variant, value));
        }
        return Math.max(0, missing);
    }

    private List<String> chosen(List<VariantStatus> status, List<String> requested, String inject, Jdk jdk) {
        List<String> known = new ArrayList<>(status.stream().map(VariantStatus::id).toList());
        known.add(Measurement.C_FLOOR);
        for (String r : requested) {
            if (!known.contains(r)) {
                throw new IllegalArgumentException("unknown variant '" + r + "' in --variants; known: " + known);
            }
        }
        if (inject != null && !known.contains(inject.substring(0, inject.lastIndexOf(':')))) {
            throw new IllegalArgumentException("--inject-slowdown names unknown variant '"
                    + inject.substring(0, inject.lastIndexOf(':')) + "'; known: " + known);
        }
        List<String> ids = new ArrayList<>();
        for (VariantStatus s : status) {
            boolean wanted = requested.isEmpty() || requested.contains(s.id()) || s.id().equals(Measurement.PURE_JAVA);
            if (wanted && s.available()) {
                ids.add(s.id());
            } else if (wanted) {
                out.println("JDK " + jdk.feature() + ": skipping " + s.id() + ": " + s.reason());
            }
        }
        return ids;
    }

    private static org.openjdk.jmh.runner.options.Options options(Group g, List<String> values, Jdk jdk, Path launcher, String variant,
                                                                   Profile profile,
                                                                   Path result, String inject, List<String> properties) {
        Plan plan = g.plan();
        List<String> jvmArgs = new ArrayList<>(List.of(Forks.jvmArgs(jdk.feature())));
        jvmArgs.addAll(properties);
        io.fibbench.VariantInfo.find(variant).ifPresent(info -> jvmArgs.addAll(info.forkArgs(g.scenario().id())));
        if (inject != null) {
            jvmArgs.add("-Dfibbench.inject=" + inject);
        }
        // jvmArgs, not jvmArgsAppend: forks must not inherit the launching JVM's flags (Maven's, under exec:java).
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include(g.scenario().include())
                .jvm(launcher.toString())
                .jvmArgs(jvmArgs.toArray(String[]::new))
                .forks(1)
                .threads(g.threads())
                .warmupIterations(plan.warmups())
                .measurementIterations(plan.measurements())
                .param("variant", variant)
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .result(result.toString());
        if (plan.millis() > 0) {
            b.warmupTime(TimeValue.milliseconds(plan.millis())).measurementTime(TimeValue.milliseconds(plan.millis()));
        }
        if (g.scenario().param() != null) {
            b.param(g.scenario().param(), values.toArray(String[]::new));
        }
        if (profile.gcProfiler) {
            b.addProfiler(GCProfiler.class);
        }
        return b.build();
    }

    /** Asks the JDK itself which variants load there (Panama below 22 does not). */
    static List<VariantStatus> listVariants(Jdk jdk, String classPath, List<String> properties)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(jdk.java().toString(), "--enable-native-access=ALL-UNNAMED"));
        command.addAll(properties);
        command.addAll(List.of("-cp", classPath, Forks.LIST_VARIANTS));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            String last = ProcessOutput.lastLine(output);
            throw new IOException("JDK " + jdk.label() + " at " + jdk.home() + " could not list the variants (" + last.strip()
                    + "): choose another with --jdk; its whole output follows\n" + output);
        }
        List<VariantStatus> status = new ArrayList<>();
        for (String line : output.split("\n")) {
            String[] f = line.split("\t", 3);
            if (f.length == 3) {
                status.add(new VariantStatus(f[0], f[1].equals("available"), f[2]));
            }
        }
        return status;
    }

    /**
     * The class path JMH gives its forks, which it reads from java.class.path. Under
     * {@code mvn exec:java} that property is Maven's own launcher, so it is set from the class
     * loader that holds the project's classes.
     */
    static String forkClassPath() {
        if (SuiteRunner.class.getClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new IllegalStateException("class path entry " + url + " is not a local file", e);
                }
            }
            System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
        }
        return System.getProperty("java.class.path");
    }

}
