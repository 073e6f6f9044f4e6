package io.fibbench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * What a variant says about itself, in {@code META-INF/fibbench/<id>.properties} of the module that
 * holds its code (the build writes it from {@code src/main/fibbench/} and adds the line count). A
 * variant is added by its class, its services line and this file: the benchmarks find its class
 * here, the report its mechanism, build costs and order.
 */
public final class VariantInfo {

    /** Where the descriptions are; {@code variants} in it lists one module's ids, one per line. */
    public static final String FOLDER = "META-INF/fibbench/";

    private final String id;
    private final Properties properties;

    private VariantInfo(String id, Properties properties) {
        this.id = id;
        this.properties = properties;
    }

    /** The description of {@code id}; a clear error when the variant has none. */
    public static VariantInfo of(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("variant '" + id + "' has no " + FOLDER + id
                + ".properties on the class path: add src/main/fibbench/" + id + ".properties to the module that holds"
                + " its code (see any backend's), or add the backend-* artifact that provides it. Known: " + ids()));
    }

    public static Optional<VariantInfo> find(String id) {
        try (InputStream in = loader().getResourceAsStream(FOLDER + id + ".properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Optional.of(new VariantInfo(id, p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + id + ".properties", e);
        }
    }

    /** Every described variant on the class path (the C floor included), in report order. */
    public static List<VariantInfo> all() {
        List<VariantInfo> all = new ArrayList<>();
        for (String id : ids()) {
            all.add(of(id));
        }
        all.sort(Comparator.comparingInt(VariantInfo::order).thenComparing(VariantInfo::id));
        return all;
    }

    private static Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        try {
            Enumeration<URL> lists = loader().getResources(FOLDER + "variants");
            while (lists.hasMoreElements()) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(lists.nextElement().openStream(),
                        StandardCharsets.UTF_8))) {
                    r.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(ids::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + FOLDER + "variants", e);
        }
        return ids;
    }

    private static ClassLoader loader() {
        return VariantInfo.class.getClassLoader();
    }

    /**
     * A new instance of just this variant's class: unlike the registry, it loads no other backend
     * (and none of their native libraries), which is what one JMH fork per variant wants.
     */
    public FibService newService() throws ReflectiveOperationException {
        String name = properties.getProperty("class");
        if (name == null) {
            throw new IllegalArgumentException("variant '" + id + "' is not a FibService (" + FOLDER + id
                    + ".properties names no class)");
        }
        return (FibService) Class.forName(name, true, loader()).getDeclaredConstructor().newInstance();
    }

    public String id() {
        return id;
    }

    /** The FibService class, or null for the C floor. */
    public String className() {
        return properties.getProperty("class");
    }

    /** Position in the report's tables: pure Java, the C floor, then mechanism by mechanism. */
    public int order() {
        return Integer.parseInt(properties.getProperty("order", String.valueOf(Integer.MAX_VALUE)).strip());
    }

    /** E.g. "JNI", "Panama (java.lang.foreign)". */
    public String mechanism() {
        return get("mechanism");
    }

    /** The mechanism's row in wrong-signature.csv, or null for none (pure Java, the C floor). */
    public String wrongSignatureKey() {
        return properties.getProperty("wrong-signature");
    }

    /** "ABI" (declared at run time), "API" (compiled glue) or "-". */
    public String mode() {
        return get("mode");
    }

    public String compiler() {
        return get("compiler");
    }

    public String buildSteps() {
        return get("build-steps");
    }

    /** What the fast variant of a pair gives up for its speed, "-" for a default variant. */
    public String givesUp() {
        return get("gives-up");
    }

    /** Code lines of the binding (its sources), counted by the build; "?" when not counted. */
    public String lines() {
        return get("lines");
    }

    /**
     * JVM options this variant's forks need for one benchmark ({@code fork-args.<Class.method>} in its
     * description, space-separated), or none: a mechanism that computes a call wrongly by default and
     * right with a flag is measured with the flag, and the report says so.
     */
    public List<String> forkArgs(String benchmarkId) {
        String value = properties.getProperty("fork-args." + benchmarkId, "").strip();
        return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
    }

    /**
     * Why this variant cannot make the call a benchmark measures ({@code unsupported.<Class.method>} in
     * its description), or null when it can: the runner skips such cells and the report gives the reason.
     */
    public String unsupported(String benchmarkId) {
        String reason = properties.getProperty("unsupported." + benchmarkId);
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    private String get(String key) {
        return properties.getProperty(key, "?");
    }
}
