package io.fibbench.nativelib;

import java.util.concurrent.Callable;

/**
 * The outcome of binding a native library once, in a static initializer: the bound object or
 * why binding failed. Backends keep the value in a {@code static final} field (a constant to the
 * JIT) and report the cause through {@link io.fibbench.FibService#unavailabilityCause()}, so a
 * failed load lists the variant as unavailable instead of breaking class loading.
 */
public record Binding<T>(T value, Throwable cause) {

    public static <T> Binding<T> attempt(Callable<T> bind) {
        try {
            return new Binding<>(bind.call(), null);
        } catch (Exception | LinkageError e) {
            return new Binding<>(null, e);
        }
    }

    public static <T> Binding<T> failed(Throwable cause) {
        return new Binding<>(null, cause);
    }
}
