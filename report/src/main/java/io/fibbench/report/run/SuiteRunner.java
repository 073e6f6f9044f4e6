package io.fibbench.report.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.fibbench.bench.Forks;
import io.fibbench.bench.Scenario;
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
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the suite: on each chosen JDK, asks which variants work there, runs the benchmark groups
 * with the profile's plans (one JMH fork per variant and parameter set), adds the C floor, and
 * writes one JMH JSON file and one environment file, each only once complete.
 */
public final class SuiteRunner {

    /** What to run and where to write it. Empty {@code variants} means every available one. */
    public record Request(Profile profile, List<Jdk> jdks, List<String> variants, Path resultsDir, String injectSlowdown) {

        public Request(Profile profile, List<Jdk> jdks, List<String> variants, Path resultsDir) {
            this(profile, jdks, variants, resultsDir, null);
        }
    }

    /** The two files a run wrote. */
    public record Written(Path results, Path environment) {
    }

    /** One JMH invocation: a scenario with its plan, at a number of threads. */
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
        String classPath = forkClassPath();
        Profile profile = request.profile();
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
        int total = 1;
        double estimate = 5;
        for (Jdk jdk : request.jdks()) {
            List<VariantStatus> status = listVariants(jdk, classPath);
            statuses.put(jdk, status);
            List<String> ids = chosen(status, request.variants(), jdk);
            runnable.put(jdk, ids);
            for (Group g : groups) {
                int sets = ids.size() * g.sets();
                total += sets;
                estimate += sets * g.estimateSeconds();
            }
        }

        Progress progress = new Progress(out, total, estimate);
        ArrayNode results = JSON.createArrayNode();
        Path scratch = Files.createTempDirectory("fibbench-jmh-");
        try {
            for (Jdk jdk : request.jdks()) {
                for (Group g : groups) {
                    progress.nextGroup(g.estimateSeconds(),
                            "JDK " + jdk.feature() + (g.threads() > 1 ? ", " + g.threads() + " threads" : ""));
                    Path part = scratch.resolve("part-" + results.size() + ".json");
                    new Runner(options(g, jdk, runnable.get(jdk), profile, part, request.injectSlowdown()), progress).run();
                    for (JsonNode node : JSON.readTree(part.toFile())) {
                        results.add(node);
                    }
                }
            }
            progress.step("C floor (fibfloor " + String.join(" ", profile.floorArgs()) + ")", 5);
            for (JsonNode node : JSON.readTree(CFloor.run(profile.floorArgs()))) {
                results.add(node);
            }
        } finally {
            AtomicFiles.deleteTree(scratch);
        }

        String stem = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + profile.id();
        Path resultsFile = request.resultsDir().resolve(stem + ".json");
        Path envFile = request.resultsDir().resolve(stem + ".env.json");
        AtomicFiles.write(resultsFile, JSON.writeValueAsBytes(results));
        Map<String, Object> env = Environment.capture(profile, statuses, results);
        if (request.injectSlowdown() != null) {
            env.put("injectedSlowdown", request.injectSlowdown() + " (consumeCPU tokens per call: NOT a real measurement)");
        }
        AtomicFiles.write(envFile, JSON.writeValueAsBytes(env));
        return new Written(resultsFile, envFile);
    }

    private List<String> chosen(List<VariantStatus> status, List<String> requested, Jdk jdk) {
        List<String> ids = new ArrayList<>();
        for (VariantStatus s : status) {
            boolean wanted = requested.isEmpty() || requested.contains(s.id()) || s.id().equals("java");
            if (wanted && s.available()) {
                ids.add(s.id());
            } else if (wanted) {
                out.println("JDK " + jdk.feature() + ": skipping " + s.id() + ": " + s.reason());
            }
        }
        for (String r : requested) {
            if (status.stream().noneMatch(s -> s.id().equals(r))) {
                throw new IllegalArgumentException("unknown variant '" + r + "'; known: "
                        + status.stream().map(VariantStatus::id).toList());
            }
        }
        return ids;
    }

    private static org.openjdk.jmh.runner.options.Options options(Group g, Jdk jdk, List<String> variants,
                                                                   Profile profile, Path result, String inject) {
        Plan plan = g.plan();
        List<String> jvmArgs = new ArrayList<>(List.of(Forks.jvmArgs(jdk.feature())));
        if (inject != null) {
            jvmArgs.add("-Dfibbench.inject=" + inject);
        }
        // jvmArgs, not jvmArgsAppend: forks must not inherit the launching JVM's flags (Maven's, under exec:java).
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include(g.scenario().include())
                .jvm(jdk.java().toString())
                .jvmArgs(jvmArgs.toArray(String[]::new))
                .forks(plan.forks())
                .threads(g.threads())
                .warmupIterations(plan.warmups())
                .measurementIterations(plan.measurements())
                .param("variant", variants.toArray(String[]::new))
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .result(result.toString());
        if (plan.millis() > 0) {
            b.warmupTime(TimeValue.milliseconds(plan.millis())).measurementTime(TimeValue.milliseconds(plan.millis()));
        }
        if (g.scenario().param() != null) {
            b.param(g.scenario().param(), g.values().toArray(String[]::new));
        }
        if (profile.gcProfiler) {
            b.addProfiler(GCProfiler.class);
        }
        return b.build();
    }

    /** Asks the JDK itself which variants load there (Panama below 22 does not). */
    static List<VariantStatus> listVariants(Jdk jdk, String classPath) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(jdk.java().toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", classPath, Forks.LIST_VARIANTS)
                .redirectErrorStream(true)
                .start();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("could not list the variants on JDK " + jdk.label() + " at " + jdk.home() + ":\n" + output);
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
