package io.fibbench;

/**
 * A call to a variant that cannot run here (its library did not load, its JDK is too old): the same
 * exception from every variant, carrying the reason {@link FibService#unavailabilityCause()} gives,
 * instead of whatever the mechanism happens to throw (a NullPointerException, an
 * UnsatisfiedLinkError, a NoClassDefFoundError).
 */
public final class VariantUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String variant;

    public VariantUnavailableException(String variant, Throwable reason) {
        super("variant '" + variant + "' cannot run here: " + firstLine(reason), reason);
        this.variant = variant;
    }

    public String variant() {
        return variant;
    }

    private static String firstLine(Throwable reason) {
        String message = reason.getMessage();
        return message == null || message.isBlank() ? reason.toString() : message.lines().findFirst().orElse("");
    }
}
