package io.fibbench.panama;

import io.fibbench.nativelib.Binding;
import io.fibbench.nativelib.NativeLoader;
import java.lang.reflect.InvocationTargetException;

/**
 * The JDK-17-safe door to {@code Downcalls} (compiled for JDK 22): this class and the two
 * FibServices are compiled with --release 17 and reach Downcalls only by reflection, so on an
 * older JDK the registry lists panama with its reason instead of failing to load the class.
 */
final class Panama {

    static final int MIN_FEATURE = 22;

    private Panama() {
    }

    static Binding<Handles> link(boolean critical) {
        int feature = Runtime.version().feature();
        if (feature < MIN_FEATURE) {
            return Binding.failed(new UnsupportedOperationException("needs JDK " + MIN_FEATURE
                    + "+ (java.lang.foreign), this JVM is " + Runtime.version() + " at " + System.getProperty("java.home")
                    + ": run it with a JDK 22 or newer"));
        }
        return Binding.attempt(() -> {
            String libfib = NativeLoader.libfib().toString();
            try {
                return (Handles) Class.forName("io.fibbench.panama.Downcalls")
                        .getDeclaredMethod("link", String.class, boolean.class)
                        .invoke(null, libfib, critical);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        });
    }

    static Handles handles(Binding<Handles> binding) {
        return binding.value() == null ? Handles.UNLINKED : binding.value();
    }

    /** invokeExact declares Throwable; downcalls of these signatures throw nothing checked. */
    static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException e) {
            return e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
