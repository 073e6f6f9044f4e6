package io.fibbench.report.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.fibbench.VariantInfo;
import io.fibbench.bench.Scenario;
import io.fibbench.report.model.Measurement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The report's tables, computed from the data: no conclusion in them is written by hand. */
final class Tables {

    /**
     * The tables drawn from the bindings' claims tables (what each backend's tests observed), not from
     * the run: the same on every machine, so a cross-machine report shows them once.
     */
    static final Set<String> SAME_ON_EVERY_MACHINE = Set.of("callback-exceptions", "strings-beyond-ascii",
            "structs-support", "many-arguments", "errno-ways", "ease");

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
        tables.add(precision());
        tables.add(coldAndThreads());
        tables.add(arrays());
        tables.add(callbacks());
        tables.add(callbackExceptions());
        tables.add(strings());
        tables.add(claims("strings-beyond-ascii", "What C sees of text beyond ASCII", data.strings,
                List.of("variants", "how", "accented", "emoji", "nul", "detail"),
                List.of("variants", "how", "h\u00e9llo (6 in UTF-8)", "a\uD83D\uDE00b (6)", "a, NUL, b (1)", "detail")));
        tables.add(structs());
        tables.add(claims("structs-support", "How each mechanism maps a struct", data.structs,
                List.of("variants", "by_value", "how", "detail"), List.of("variants", "by value", "how", "detail")));
        tables.add(callShapes());
        tables.add(claims("many-arguments", "Passing eight arguments", data.manyArguments,
                List.of("variants", "outcome", "platforms", "detail"), List.of("variants", "by default", "checked on", "detail")));
        tables.add(claims("errno-ways", "How each mechanism reads errno", data.errno,
                List.of("variants", "how", "saved", "exception", "detail"),
                List.of("variants", "how", "saved", "the mechanism's own exception", "detail")));
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
                Captions.of("seed", jdk),
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
                Captions.of("findings", jdk, large),
                List.of("variant", "within 10% of the C floor", "against pure Java"), rows);
    }

    private String withinFloor(String v, List<Integer> ns) {
        Integer from = Findings.withinFloorFrom(ns, sweep(v, ns), sweep(Measurement.C_FLOOR, ns));
        return from == null ? "not at any n measured" : "from n = " + from;
    }

    private String versusJava(String v, List<Integer> ns) {
        if (v.equals(Measurement.PURE_JAVA)) {
            return "(reference)";
        }
        Findings.Comparison c = Findings.againstJava(ns, sweepEstimates(v, ns), sweepEstimates(Measurement.PURE_JAVA, ns));
        if (!c.faster().isEmpty() && c.faster().size() == ns.size()) {
            return "faster than pure Java at every n";
        }
        if (!c.slower().isEmpty() && c.slower().size() == ns.size()) {
            return "pure Java faster at every n";
        }
        List<String> parts = new ArrayList<>();
        if (!c.faster().isEmpty()) {
            parts.add("faster than pure Java at n = " + c.faster());
        }
        if (!c.slower().isEmpty()) {
            parts.add("pure Java faster at n = " + c.slower());
        }
        if (!c.undecided().isEmpty()) {
            parts.add("intervals overlap at n = " + c.undecided());
        }
        return parts.isEmpty() ? "not measured" : String.join("; ", parts);
    }

    private Map<Integer, Findings.Estimate> sweepEstimates(String variant, List<Integer> ns) {
        Map<Integer, Findings.Estimate> estimates = new HashMap<>();
        for (int n : ns) {
            data.find(Scenario.SWEEP, variant, n, jdk)
                    .ifPresent(m -> estimates.put(n, new Findings.Estimate(variant, m.score(), m.error())));
        }
        return estimates;
    }

    /** A variant's fib(n) sweep scores by n, where measured. */
    private Map<Integer, Double> sweep(String variant, List<Integer> ns) {
        Map<Integer, Double> scores = new HashMap<>();
        for (int n : ns) {
            data.find(Scenario.SWEEP, variant, n, jdk).ifPresent(m -> scores.put(n, m.score()));
        }
        return scores;
    }

    private String largeCallComparable() {
        List<Integer> ns = data.ns(Scenario.LARGE_CALL);
        if (ns.isEmpty()) {
            return "not measured.";
        }
        int n = ns.get(ns.size() - 1);
        List<Findings.Estimate> natives = data.variants(Scenario.LARGE_CALL, jdk).stream()
                .filter(v -> !v.equals(Measurement.PURE_JAVA))
                .map(v -> data.find(Scenario.LARGE_CALL, v, n, jdk).orElseThrow())
                .map(m -> new Findings.Estimate(m.variant(), m.score(), m.error()))
                .toList();
        if (natives.size() < 2) {
            return "too few C variants measured.";
        }
        Findings.LargeCall large = Findings.largeCall(natives);
        String verdict = switch (large.agreement()) {
            case COMPARABLE -> "the C variants are comparable (within 10% of each other, and within JMH's errors)";
            case COMPARABLE_BEYOND_ERRORS -> "the C variants are comparable (within 10% of each other, though not all "
                    + "within JMH's errors)";
            case INCONCLUSIVE -> "inconclusive: the C variants differ by more than 10% but JMH's errors are wider still "
                    + "(measure with the default profile)";
            case NOT_COMPARABLE -> "the C variants are not comparable";
        };
        String java = data.find(Scenario.LARGE_CALL, Measurement.PURE_JAVA, n, jdk)
                .map(j -> "; pure Java takes " + Format.ratio(j.score() / large.fastest().score())
                        + " the fastest C variant's time")
                .orElse("");
        return "fibRecursive(" + n + "): " + verdict + ", spread " + Format.percent(large.spread()) + " ("
                + large.fastest().variant() + " fastest, " + large.slowest().variant() + " slowest)" + java + ".";
    }

    /** How far to trust the numbers above: the share of precise cells, and the least precise ones. */
    Table precision() {
        List<Measurement> cells = new ArrayList<>(data.measurements.stream()
                .filter(m -> !m.isFloor() && m.jdk() == jdk && m.threads() == 1)
                .filter(m -> Precision.CALL_COSTS.stream().anyMatch(m::is))
                .toList());
        UpcallCosts.of(data, jdk).stream().map(UpcallCosts.Cost::perUpcall).filter(m -> !m.isFloor()).forEach(cells::add);
        Precision.Summary p = Precision.of(cells);
        List<List<String>> rows = new ArrayList<>();
        p.worstFirst().stream().limit(5).forEach(m -> rows.add(List.of(m.key().replace(" jdk=" + jdk, ""),
                Format.withError(m.score(), m.error()) + " " + m.unit(),
                Double.isNaN(m.error()) ? "unknown" : Format.percent(m.relativeError()).replace("+", ""),
                m.forks().size() + (m.errorAcrossForks() ? " forks" : " fork (iterations only)"))));
        String summary = p.cells() == 0 ? "No call costs in this run."
                : Captions.of("precision", jdk, p.cells(), p.within5(), Format.percent((double) p.within5() / p.cells())
                        .replace("+", ""), p.within15(), Format.percent((double) p.within15() / p.cells()).replace("+", ""),
                        Format.percent(p.median()).replace("+", ""))
                        + refined(data.environment) + placement(data.environment);
        return new Table("precision", "How precise these numbers are", summary,
                List.of("least precise cells", "score", "± of the score", "samples"), rows);
    }

    /** How many forks the run added where intervals were wide (a profile with a refine step). */
    static String refined(JsonNode env) {
        return env == null || !env.has("refinedForks") ? "" : " " + Captions.of("refined", env.path("refinedForks").asText());
    }

    /** How forks were placed on CPUs, and how many a contended CPU spoiled (the runner's CpuPin). */
    static String placement(JsonNode env) {
        JsonNode pin = env == null ? null : env.path("cpuPinning");
        if (pin == null || !pin.has("contendedAbove")) {
            return "";
        }
        return " " + Captions.of("placement", env.path("contendedForks").asText("?"), pin.path("contendedAbove").asText());
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
                rows.isEmpty() ? "Not measured in this run." : Captions.of("cold-threads", jdk, most),
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
                        : Captions.of("arrays", jdk),
                header, rows);
    }

    /** Text into C and back, at each length, per variant. */
    Table strings() {
        List<Integer> lengths = data.ns(Scenario.STRINGS_TO_C);
        List<String> header = new ArrayList<>(List.of("variant"));
        lengths.forEach(l -> header.add("into C, " + l));
        lengths.forEach(l -> header.add("from C, " + l));
        List<List<String>> rows = new ArrayList<>();
        for (String v : data.variants(Scenario.STRINGS_TO_C, jdk)) {
            List<String> row = new ArrayList<>(List.of(v));
            for (Scenario scenario : List.of(Scenario.STRINGS_TO_C, Scenario.STRINGS_FROM_C)) {
                for (int l : lengths) {
                    row.add(data.find(scenario, v, l, jdk).map(m -> Format.withError(m.score(), m.error())).orElse("n/a"));
                }
            }
            rows.add(row);
        }
        return new Table("strings", "Strings",
                rows.isEmpty() ? "Not measured in this run (the quick profile skips strings; use --profile default)."
                        : Captions.of("strings", jdk) + " " + cheapestAt(Scenario.STRINGS_TO_C, "into C")
                                + " " + cheapestAt(Scenario.STRINGS_FROM_C, "back from C"),
                header, rows);
    }

    /** The four struct calls per variant; a call the variant cannot make says so. */
    Table structs() {
        List<Scenario> calls = List.of(Scenario.STRUCT_PAIR, Scenario.STRUCT_PAIR_FILLED, Scenario.STRUCT_QUAD,
                Scenario.STRUCT_QUAD_FILLED);
        Integer n = calls.stream().map(this::n).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        List<List<String>> rows = new ArrayList<>();
        LinkedHashSet<String> variants = new LinkedHashSet<>();
        calls.forEach(c -> variants.addAll(data.variants(c, jdk)));
        for (String v : data.variantIds()) {
            if (!variants.contains(v)) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(v));
            for (Scenario c : calls) {
                String reason = io.fibbench.VariantInfo.find(v).map(i -> i.unsupported(c.id())).orElse(null);
                row.add(reason != null ? "cannot (see below)"
                        : data.find(c, v, n, jdk).map(m -> Format.withError(m.score(), m.error())).orElse("n/a"));
            }
            rows.add(row);
        }
        return new Table("structs", "Structs",
                rows.isEmpty() ? "Not measured in this run (the quick profile skips structs; use --profile default)."
                        : Captions.of("structs", jdk, n) + " " + byValueAgainstPointer(n),
                List.of("variant", "16 bytes by value", "16 bytes through a pointer", "32 bytes by value",
                        "32 bytes through a pointer"), rows);
    }

    /** The structs' findings sentence: where returning the 32-byte struct by value costs more or less than filling it. */
    private String byValueAgainstPointer(Integer n) {
        List<String> dearer = new ArrayList<>();
        List<String> cheaper = new ArrayList<>();
        List<String> alike = new ArrayList<>();
        for (String v : data.variants(Scenario.STRUCT_QUAD, jdk)) {
            Optional<Measurement> value = data.find(Scenario.STRUCT_QUAD, v, n, jdk);
            Optional<Measurement> pointer = data.find(Scenario.STRUCT_QUAD_FILLED, v, n, jdk);
            if (v.equals(Measurement.C_FLOOR) || value.isEmpty() || pointer.isEmpty()) {
                continue;
            }
            Findings.Estimate a = new Findings.Estimate(v, value.get().score(), value.get().error());
            Findings.Estimate b = new Findings.Estimate(v, pointer.get().score(), pointer.get().error());
            (Findings.overlaps(a, b) ? alike : a.score() > b.score() ? dearer : cheaper).add(v);
        }
        if (dearer.isEmpty() && cheaper.isEmpty() && alike.isEmpty()) {
            return "";
        }
        return "The 32-byte struct by value, against the same struct through a pointer (intervals apart): dearer for "
                + listOrNone(dearer) + "; cheaper for " + listOrNone(cheaper) + "; not told apart for "
                + listOrNone(alike) + ".";
    }

    private static String listOrNone(List<String> variants) {
        return variants.isEmpty() ? "none" : String.join(", ", variants);
    }

    /**
     * The findings sentence for one scenario at its largest size: the cheapest binding (C floor and pure
     * Java aside), and the ones whose intervals it cannot be told from.
     */
    private String cheapestAt(Scenario scenario, String what) {
        List<Integer> sizes = data.ns(scenario);
        if (sizes.isEmpty()) {
            return "";
        }
        int size = sizes.get(sizes.size() - 1);
        List<Findings.Estimate> bindings = data.variants(scenario, jdk).stream()
                .filter(v -> !v.equals(Measurement.C_FLOOR) && !v.equals(Measurement.PURE_JAVA))
                .flatMap(v -> data.find(scenario, v, size, jdk).stream())
                .map(m -> new Findings.Estimate(m.variant(), m.score(), m.error())).toList();
        List<Findings.Estimate> cheapest = Findings.cheapest(bindings);
        if (cheapest.isEmpty()) {
            return "";
        }
        String tied = cheapest.size() == 1 ? "its interval apart from every other binding's"
                : "not told apart from " + String.join(", ", cheapest.subList(1, cheapest.size()).stream()
                        .map(Findings.Estimate::variant).toList()) + " by the intervals";
        return "At " + size + " bytes " + what + ", " + cheapest.get(0).variant() + " costs least ("
                + Format.withError(cheapest.get(0).score(), cheapest.get(0).error()) + " ns; " + tied + ").";
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
                        : Captions.of("callbacks", k, jdk),
                List.of("variant", "each(0) ns", "each(" + k + ") ns", "ns per upcall", "× C floor",
                        "a throwing callback, without a guard"), rows);
    }

    /** callback-exception.csv as it is: known from the tests, so shown whatever the run measured. */
    Table callbackExceptions() {
        List<List<String>> rows = new ArrayList<>();
        new LinkedHashSet<>(data.callbackException.values()).forEach(row -> rows.add(List.of(
                row.get("variants"), row.get("outcome"), row.get("upcalls_after"), row.get("detail"))));
        return new Table("callback-exceptions", "When a callback throws",
                Captions.of("callback-exceptions"),
                List.of("variants", "outcome", "upcalls after the exception", "what happens"), rows);
    }

    /** Eight arguments and errno against fib(n) alone, per variant, with the costs they add. */
    Table callShapes() {
        List<CallShapes.Shape> shapes = CallShapes.of(data, jdk);
        List<List<String>> rows = new ArrayList<>();
        List<String> errnoCosts = new ArrayList<>();
        List<String> errnoFree = new ArrayList<>();
        for (CallShapes.Shape s : shapes) {
            Optional<CallShapes.Difference> errnoCost = s.errnoCost();
            List<String> forkArgs = io.fibbench.VariantInfo.find(s.variant())
                    .map(i -> i.forkArgs(Scenario.MANY_ARGUMENTS.id())).orElse(List.of());
            String eight = ns(s.eight()) + (forkArgs.isEmpty() ? "" : " (with " + String.join(" ", forkArgs) + ")");
            rows.add(List.of(s.variant(), ns(s.one()), eight, difference(s.perArgument()), ns(s.errno()),
                    difference(errnoCost), data.errno.getOrDefault(s.variant(), Map.of()).getOrDefault("saved", "-")));
            if (!s.variant().equals(Measurement.C_FLOOR) && errnoCost.isPresent()) {
                (errnoCost.get().measurable() && errnoCost.get().score() > 0 ? errnoCosts : errnoFree).add(s.variant());
            }
        }
        Integer n = CallShapes.n(data);
        String caption = rows.isEmpty() ? "Not measured in this run (the quick profile skips them; use --profile default)."
                : Captions.of("call-shapes", jdk, n, errnoCosts.isEmpty() ? "none" : String.join(", ", errnoCosts),
                        errnoFree.isEmpty() ? "none" : String.join(", ", errnoFree));
        return new Table("call-shapes", "Eight arguments, and errno", caption,
                List.of("variant", "fib(" + n + ") ns", "fib_mixed, 8 arguments, ns", "ns per extra argument",
                        "fib_errno ns", "errno adds, ns", "errno saved"), rows);
    }

    /** A claims table as it is (checked by each backend's contract test), so shown whatever the run measured. */
    static Table claims(String id, String title, Map<String, Map<String, String>> byVariant, List<String> columns,
                        List<String> header) {
        List<List<String>> rows = new ArrayList<>();
        new LinkedHashSet<>(byVariant.values()).forEach(row -> rows.add(columns.stream().map(row::get).toList()));
        return new Table(id, title, Captions.of(id), header, rows);
    }

    private static String ns(Optional<Measurement> m) {
        return m.map(x -> Format.withError(x.score(), x.error())).orElse("n/a");
    }

    private static String difference(Optional<CallShapes.Difference> d) {
        return d.map(x -> Format.withError(x.score(), x.error())).orElse("n/a");
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
                Captions.of("ease"),
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
        for (String key : List.of("date", "profile", "complete", "gitCommit", "cpu", "cores", "os", "cCompiler")) {
            if (e.has(key)) {
                rows.add(List.of(key, e.get(key).asText()));
            }
        }
        for (JsonNode j : e.path("jdks")) {
            rows.add(List.of("JDK " + j.path("feature").asText(),
                    j.path("vendor").asText() + " " + j.path("version").asText() + " (" + j.path("home").asText() + ")"));
        }
        if (e.has("cpuPinning")) {
            JsonNode pin = e.path("cpuPinning");
            rows.add(List.of("CPU placement", pin.path("cpu").asText()
                    + (pin.has("nsByCpu") ? " (C's fib(92) in ns by CPU: " + pin.path("nsByCpu") + ")" : "")));
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
