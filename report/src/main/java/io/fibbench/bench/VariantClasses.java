package io.fibbench.bench;

import io.fibbench.FibRegistry;
import io.fibbench.FibService;
import java.util.Map;

/**
 * The FibService class behind each variant id, as the backends' META-INF/services declare them,
 * so a fork loads only the backend it measures: the registry would instantiate every backend and
 * load every native library into every fork.
 */
final class VariantClasses {

    static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("java", "io.fibbench.PureJavaFib"),
            Map.entry("jni", "io.fibbench.jni.JniFib"),
            Map.entry("jna-interface", "io.fibbench.jna.JnaInterfaceFib"),
            Map.entry("jna-direct", "io.fibbench.jna.JnaDirectFib"),
            Map.entry("jnr", "io.fibbench.jnr.JnrFib"),
            Map.entry("jnr-ignore-error", "io.fibbench.jnr.JnrIgnoreErrorFib"),
            Map.entry("javacpp", "io.fibbench.javacpp.JavaCppFib"),
            Map.entry("javacpp-noexception", "io.fibbench.javacpp.JavaCppNoExceptionFib"),
            Map.entry("panama", "io.fibbench.panama.PanamaFib"),
            Map.entry("panama-critical", "io.fibbench.panama.PanamaCriticalFib"));

    private VariantClasses() {
    }

    /** Just this variant, ready to call; an unknown id falls back to the registry (and its error message). */
    static FibService load(String variant) throws ReflectiveOperationException {
        String name = CLASSES.get(variant);
        if (name == null) {
            return FibRegistry.require(variant);
        }
        FibService service = (FibService) Class.forName(name).getDeclaredConstructor().newInstance();
        Throwable cause = service.unavailabilityCause();
        if (cause != null) {
            throw new IllegalStateException("variant '" + variant + "' cannot run here: " + cause.getMessage(), cause);
        }
        return service;
    }
}
