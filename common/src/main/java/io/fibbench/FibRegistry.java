package io.fibbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Every {@link FibService} on the class path, each reported as available or with its reason,
 * so a backend that cannot run on this machine or JDK is listed instead of stopping the rest.
 */
public final class FibRegistry {

    private FibRegistry() {
    }

    /** All registered variants, sorted by id. */
    public static List<Variant> discover() {
        return discover(Thread.currentThread().getContextClassLoader());
    }

    public static List<Variant> discover(ClassLoader loader) {
        List<Variant> variants = new ArrayList<>();
        Iterator<ServiceLoader.Provider<FibService>> providers =
                ServiceLoader.load(FibService.class, loader).stream().iterator();
        while (true) {
            ServiceLoader.Provider<FibService> provider;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError e) {
                // A provider class that cannot even be loaded (e.g. compiled for a newer JDK).
                variants.add(new Variant(providerName(e), null, rootCause(e)));
                continue;
            }
            variants.add(create(provider));
        }
        variants.sort(Comparator.comparing(Variant::id));
        return variants;
    }

    /** The variant with this id, ready to call; a clear error when it is unknown or cannot run here. */
    public static FibService require(String id) {
        List<Variant> all = discover();
        for (Variant v : all) {
            if (v.id().equals(id)) {
                if (!v.isAvailable()) {
                    throw new IllegalStateException("variant '" + id + "' cannot run here: " + v.reason(), v.cause());
                }
                return v.service();
            }
        }
        throw new IllegalArgumentException("no variant '" + id + "' on the class path; known: "
                + all.stream().map(Variant::id).collect(Collectors.joining(", "))
                + ". Add the backend-* artifact that provides it.");
    }

    private static Variant create(ServiceLoader.Provider<FibService> provider) {
        try {
            FibService service = provider.get();
            return new Variant(service.id(), service, service.unavailabilityCause());
        } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
            return new Variant(provider.type().getName(), null, rootCause(e));
        }
    }

    private static String providerName(ServiceConfigurationError e) {
        // "io.fibbench.FibService: Provider io.x.Y could not be instantiated" -> io.x.Y
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Provider ");
        if (at < 0) {
            return "unknown provider";
        }
        String rest = message.substring(at + "Provider ".length());
        int end = rest.indexOf(' ');
        return end < 0 ? rest : rest.substring(0, end);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
