package io.fibbench.bench;

/** What every fork of the suite needs, whoever launches it (the runner, a test, a user of benchmarks.jar). */
public final class Forks {

    /** The main class that lists, on a fork's JDK, which variants run there (see {@link ListVariants}). */
    public static final String LIST_VARIANTS = ListVariants.class.getName();

    /** The property that injects a known slowdown into one variant (never for real numbers). */
    public static final String INJECT_PROPERTY = InjectedSlowdown.PROPERTY;

    private Forks() {
    }

    /**
     * Panama (and JNA/JNR's own JNI) need native access; JDK 24+ warns without it. JDK 23+ also warns
     * that JMH itself uses sun.misc.Unsafe, which is noise in every fork's output.
     */
    public static String[] jvmArgs(int jdkFeature) {
        return jdkFeature >= 23
                ? new String[] {"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"}
                : new String[] {"--enable-native-access=ALL-UNNAMED"};
    }
}
