package io.fibbench.nativelib;

import java.lang.reflect.InvocationTargetException;
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
            return new Binding<>(null, reason(e));
        }
    }

    /**
     * The failure a user can act on: a class initializer's or a reflective call's wrapper says only
     * that something failed inside (JavaCPP's binding class failing to load libfib.so surfaces as a
     * bare ExceptionInInitializerError), so it is unwrapped to what failed.
     */
    private static Throwable reason(Throwable e) {
        Throwable t = e;
        while ((t instanceof ExceptionInInitializerError || t instanceof InvocationTargetException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    public static <T> Binding<T> failed(Throwable cause) {
        return new Binding<>(null, cause);
    }
}
