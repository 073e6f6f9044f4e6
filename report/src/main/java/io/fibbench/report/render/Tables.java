package io.fibbench.report.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.fibbench.VariantInfo;
import io.fibbench.bench.Scenario;
import io.fibbench.report.model.Measurement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The report's tables, computed from the data: no conclusion in them is written by hand. */
final class Tables {


    private final ReportData data;
    private final int jdk;

    Tables(ReportData data) {
        this.data = data;
        this.jdk = data.primaryJdk();
    }

    List<Table> all() {
        List<Table> tables = new ArrayList<>();
        seed().ifPresent(tables::add);
        tables.add(findings());
        tables.add(coldAndThreads());
        tables.add(arrays());
        tables.add(callbacks());
        tables.add(callbackExceptions());
        tables.add(easeOfUse());
        tables.add(unavailable());
        tables.add(environment());
        return tables;
    }

    /** The seed's table: seconds for 1,000,000 calls, against pure Java and the C floor. */
    Optional<Table> seed() {
        List<String> variants = data.variants(Scenario.SEED_BATCH, jdk);
        if (variants.isEmpty()) {
            return Optional.empty();
        }
        Optional<Measurement> java = data.find(Scenario.SEED_BATCH, Measurement.PURE_JAVA, n(Scenario.SEED_BATCH), jdk);
        Optional<Measurement> c = data.find(Scenario.SEED_BATCH, Measurement.C_FLOOR, n(Scenario.SEED_BATCH), jdk);
        List<List<String>> rows = new ArrayList<>();
        variants.stream()
                .map(v -> data.find(Scenario.SEED_BATCH, v, n(Scenario.SEED_BATCH), jdk).orElseThrow())
                .sorted(Comparator.comparingDouble(Measurement::score))
                .forEach(m -> rows.add(List.of(m.variant(), data.mechanism(m.variant()),
                        Format.withError(m.score(), m.error()),
                        Format.num(m.score() * 1e9 / 1_000_000),
                        java.map(j -> Format.ratio(m.score() / j.score())).orElse("n/a"),
                        c.map(f -> Format.ratio(m.score() / f.score())).orElse("n/a"))));
        return Optional.of(new Table("seed", "1,000,000 calls of fib(" + n(Scenario.SEED_BATCH) + ")",
                "JMH SingleShotTime, one op = 1,000,000 calls; error is JMH's 99.9% interval. JDK " + jdk + ".",
                List.of("variant", "mechanism", "seconds", "ns per call", "× pure Java", "× C floor"), rows));
    }

    /** Where overhead stops mattering, where Java and C cross, whether C variants agree on the large call. */
    Table findings() {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> ns = data.ns(Scenario.SWEEP);
        for (String v : data.variants(Scenario.SWEEP, jdk)) {
            if (v.equals(Measurement.C_FLOOR)) {
                continue;
            }
            rows.add(List.of(v, withinFloor(v, ns), versusJava(v, ns)));
        }
        String large = largeCallComparable();
        return new Table("findings", "Findings",
                "Computed from the fib(n) sweep (JDK " + jdk + "): the smallest n from which a variant stays within 10% of "
                        + "the C floor, and how it compares with pure Java. One large call: " + large,
                List.of("variant", "within 10% of the C floor", "against pure Java"), rows);
    }

    private String withinFloor(String v, List<Integer> ns) {
        Integer from = null;
        for (int i = ns.size() - 1; i >= 0; i--) {
            Optional<Measurement> m = data.find(Scenario.SWEEP, v, ns.get(i), jdk);
            Optional<Measurement> c = data.find(Scenario.SWEEP, Measurement.C_FLOOR, ns.get(i), jdk);
            if (m.isEmpty() || c.isEmpty() || m.get().score() > 1.10 * c.get().score()) {
                break;
            }
            from = ns.get(i);
        }
        return from == null ? "not at any n measured" : "from n = " + from;
    }

    private String versusJava(String v, List<Integer> ns) {
        if (v.equals(Measurement.PURE_JAVA)) {
            return "(reference)";
        }
        List<Integer> nativeFaster = new ArrayList<>();
        for (int n : ns) {
            Optional<Measurement> m = data.find(Scenario.SWEEP, v, n, jdk);
            Optional<Measurement> j = data.find(Scenario.SWEEP, Measurement.PURE_JAVA, n, jdk);
            if (m.isPresent() && j.isPresent() && m.get().score() < j.get().score()) {
                nativeFaster.add(n);
            }
        }
        if (nativeFaster.isEmpty()) {
            return "pure Java faster at every n";
        }
        if (nativeFaster.size() == ns.size()) {
            return "faster than pure Java at every n";
        }
        return "faster than pure Java at n = " + nativeFaster;
    }

    private String largeCallComparable() {
        List<Integer> ns = data.ns(Scenario.LARGE_CALL);
        if (ns.isEmpty()) {
            return "not measured.";
        }
        int n = ns.get(ns.size() - 1);
        List<Measurement> natives = data.variants(Scenario.LARGE_CALL, jdk).stream()
                .filter(v -> !v.equals(Measurement.PURE_JAVA))
                .map(v -> data.find(Scenario.LARGE_CALL, v, n, jdk).orElseThrow())
                .toList();
        if (natives.size() < 2) {
            return "too few C variants measured.";
        }
        Measurement fastest = natives.stream().min(Comparator.comparingDouble(Measurement::score)).orElseThrow();
        Measurement slowest = natives.stream().max(Comparator.comparingDouble(Measurement::score)).orElseThrow();
        double spread = slowest.score() / fastest.score() - 1;
        boolean overlap = natives.stream().allMatch(a -> natives.stream().allMatch(b -> overlaps(a, b)));
        String verdict = spread <= 0.10
                ? "the C variants are comparable (within 10% of each other"
                        + (overlap ? ", and within JMH's errors)" : ", though not all within JMH's errors)")
                : overlap ? "inconclusive: the C variants differ by more than 10% but JMH's errors are wider still "
                        + "(measure with the default profile)"
                : "the C variants are not comparable";
        String java = data.find(Scenario.LARGE_CALL, Measurement.PURE_JAVA, n, jdk)
                .map(j -> "; pure Java takes " + Format.ratio(j.score() / fastest.score()) + " the fastest C variant's time")
                .orElse("");
        return "fibRecursive(" + n + "): " + verdict + ", spread " + Format.percent(spread) + " (" + fastest.variant()
                + " fastest, " + slowest.variant() + " slowest)" + java + ".";
    }

    private static boolean overlaps(Measurement a, Measurement b) {
        if (Double.isNaN(a.error()) || Double.isNaN(b.error())) {
            return false;
        }
        return a.score() - a.error() <= b.score() + b.error() && b.score() - b.error() <= a.score() + a.error();
    }

    /** First-call cost and multi-thread scaling, per variant. */
    Table coldAndThreads() {
        List<List<String>> rows = new ArrayList<>();
        List<Measurement> scaling = data.measurements.stream()
                .filter(m -> m.is(Scenario.SCALING) && m.jdk() == jdk).toList();
        int most = scaling.stream().mapToInt(Measurement::threads).max().orElse(1);
        for (String v : data.variantIds()) {
            Optional<Measurement> first = data.find(Scenario.FIRST_CALL, v, null, jdk);
            Optional<Measurement> one = scaling.stream().filter(m -> m.variant().equals(v) && m.threads() == 1).findFirst();
            Optional<Measurement> many = scaling.stream().filter(m -> m.variant().equals(v) && m.threads() == most).findFirst();
            if (first.isEmpty() && one.isEmpty()) {
                continue;
            }
            rows.add(List.of(v,
                    first.map(m -> Format.withError(m.score(), m.error())).orElse("n/a"),
                    one.map(m -> Format.num(m.score())).orElse("n/a"),
                    most > 1 ? many.map(m -> Format.num(m.score())).orElse("n/a") : "n/a",
                    most > 1 && one.isPresent() && many.isPresent()
                            ? Format.ratio(many.get().score() / one.get().score()) : "n/a"));
        }
        return new Table("cold-threads", "First call and threads",
                rows.isEmpty() ? "Not measured in this run." : "First call: ms from a fresh JVM to the first fib(92), "
                        + "one cold shot per fork (JDK " + jdk + "). Threads: fib(20) calls per µs, all threads together; "
                        + "scaling is " + most + "-thread over 1-thread throughput (" + most + ".00× is perfect).",
                List.of("variant", "first call (ms)", "calls/µs, 1 thread", "calls/µs, " + most + " threads", "scaling"),
                rows);
    }

    /** fib_sum over each array length, heap and native memory, per variant. */
    Table arrays() {
        List<Integer> counts = data.ns(Scenario.ARRAYS_HEAP);
        List<String> header = new ArrayList<>(List.of("variant"));
        counts.forEach(c -> header.add("heap, " + c));
        counts.forEach(c -> header.add("native, " + c));
        List<List<String>> rows = new ArrayList<>();
        for (String v : data.variants(Scenario.ARRAYS_HEAP, jdk)) {
            List<String> row = new ArrayList<>(List.of(v));
            for (Scenario scenario : List.of(Scenario.ARRAYS_HEAP, Scenario.ARRAYS_OFF_HEAP)) {
                for (int c : counts) {
                    row.add(data.find(scenario, v, c, jdk).map(m -> Format.withError(m.score(), m.error())).orElse("n/a"));
                }
            }
            rows.add(row);
        }
        return new Table("arrays", "Passing arrays",
                rows.isEmpty() ? "Not measured in this run (the quick profile skips arrays)."
                        : "ns per fib_sum call over arrays of each length (JDK " + jdk + "): a Java heap long[] "
                        + "against the mechanism's own native memory (direct buffer, JNA Memory, JNR Pointer, "
                        + "JavaCPP LongPointer, Panama MemorySegment).",
                header, rows);
    }

    /** Upcall cost per variant, and what each mechanism does on its own when a callback throws. */
    Table callbacks() {
        List<List<String>> rows = new ArrayList<>();
        List<UpcallCosts.Cost> costs = UpcallCosts.of(data, jdk);
        double floor = costs.stream().filter(c -> c.perUpcall().isFloor()).mapToDouble(c -> c.perUpcall().score())
                .findFirst().orElse(Double.NaN);
        for (UpcallCosts.Cost c : costs) {
            String v = c.perUpcall().variant();
            Map<String, String> raw = data.callbackException.getOrDefault(v, Map.of());
            rows.add(List.of(v,
                    Format.withError(c.alone().score(), c.alone().error()),
                    Format.withError(c.full().score(), c.full().error()),
                    Format.withError(c.perUpcall().score(), c.perUpcall().error()),
                    Format.ratio(c.perUpcall().score() / floor),
                    raw.isEmpty() ? "-" : raw.get("outcome").startsWith("as ") ? raw.get("outcome")
                            : raw.get("outcome") + ", " + raw.get("upcalls_after") + " upcalls after it"));
        }
        int k = costs.isEmpty() ? 0 : costs.get(0).full().n();
        return new Table("callbacks", "Callbacks (C calling Java)",
                rows.isEmpty() ? "Not measured in this run (the quick profile skips callbacks)."
                        : "ns per fib_each call with no upcall and with " + k + ", and per upcall (the difference / " + k
                        + "), JDK " + jdk + ". For every variant but java and jni, fibbench's CallbackGuard is part of "
                        + "both: each call allocates a guard and sets and resets a thread-local, each upcall reads it "
                        + "back (a ThreadLocal.get), as any binding that finds its Java state from a plain C function "
                        + "pointer must. Every variant's each() stops at a callback's exception and rethrows it "
                        + "(the contract test checks it); the last column is what the mechanism does on its own, "
                        + "observed by each backend's test in a child JVM. panama-critical calls fib_each as panama "
                        + "does (a critical downcall must not call back into Java), so it is not probed on its own.",
                List.of("variant", "each(0) ns", "each(" + k + ") ns", "ns per upcall", "× C floor",
                        "a throwing callback, without a guard"), rows);
    }

    /** callback-exception.csv as it is: known from the tests, so shown whatever the run measured. */
    Table callbackExceptions() {
        List<List<String>> rows = new ArrayList<>();
        new LinkedHashSet<>(data.callbackException.values()).forEach(row -> rows.add(List.of(
                row.get("variants"), row.get("outcome"), row.get("upcalls_after"), row.get("detail"))));
        return new Table("callback-exceptions", "When a callback throws",
                "What each mechanism does on its own when the Java callback C called throws (C's fib_each(10, cb), "
                        + "thrown at i = 3), as each backend's test observes it in a child JVM (panama-critical excepted, "
                        + "see its row). fibbench's variants all "
                        + "catch it in the upcall, skip the remaining upcalls and rethrow it after the downcall.",
                List.of("variants", "outcome", "upcalls after the exception", "what happens"), rows);
    }

    /** The seed's ABI-versus-API trade-off, for Java. */
    Table easeOfUse() {
        List<List<String>> rows = new ArrayList<>();
        for (VariantInfo v : data.variantInfo) {
            if (v.id().equals(Measurement.C_FLOOR)) {
                continue;
            }
            String key = v.wrongSignatureKey();
            String wrong = key == null ? "-" : data.wrongSignature.getOrDefault(key, Map.of()).getOrDefault("outcome", "?");
            rows.add(List.of(v.id(), v.mode(), v.lines(), v.compiler(), v.buildSteps(), wrong, v.givesUp()));
        }
        return new Table("ease", "What each mechanism costs to write and build",
                "Lines of binding code are counted from the sources by the build. \"Wrong signature\": what happens "
                        + "when fib is declared to return int instead of long, as each backend's test observed it.",
                List.of("variant", "ABI/API", "lines of binding code", "compiler needed", "extra build steps",
                        "wrong signature", "fast variant gives up"), rows);
    }

    /** Variants that could not run on a JDK, with the reason they gave: never silently dropped. */
    Table unavailable() {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode j : data.environment.path("jdks")) {
            for (JsonNode v : j.path("variants")) {
                if (!v.path("available").asBoolean()) {
                    rows.add(List.of(v.path("id").asText(), "JDK " + j.path("feature").asText(), v.path("reason").asText()));
                }
            }
        }
        String note = data.environment.path("jdks").isEmpty()
                ? "No environment file beside the results: availability was not recorded."
                : rows.isEmpty() ? "Every variant ran on every JDK measured." : "";
        return new Table("unavailable", "Variants that could not run", note, List.of("variant", "JDK", "reason"), rows);
    }

    Table environment() {
        JsonNode e = data.environment;
        List<List<String>> rows = new ArrayList<>();
        for (String key : List.of("date", "profile", "gitCommit", "cpu", "cores", "os", "cCompiler")) {
            if (e.has(key)) {
                rows.add(List.of(key, e.get(key).asText()));
            }
        }
        for (JsonNode j : e.path("jdks")) {
            rows.add(List.of("JDK " + j.path("feature").asText(),
                    j.path("vendor").asText() + " " + j.path("version").asText() + " (" + j.path("home").asText() + ")"));
        }
        e.path("libraries").properties().forEach(l -> rows.add(List.of(l.getKey(), l.getValue().asText())));
        return new Table("environment", "Environment", rows.isEmpty() ? "Not recorded." : "",
                List.of("what", "value"), rows);
    }

    private Integer n(Scenario scenario) {
        List<Integer> ns = data.ns(scenario);
        return ns.isEmpty() ? null : ns.get(0);
    }
}
