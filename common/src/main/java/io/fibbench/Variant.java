package io.fibbench;

/**
 * A registered implementation as the registry saw it: usable, or the reason it is not.
 *
 * @param id      the variant's id (for a provider that failed to load at all, its class name)
 * @param service the implementation, {@code null} only when it could not be created
 * @param cause   why it cannot run here, {@code null} when it can
 */
public record Variant(String id, FibService service, Throwable cause) {

    public boolean isAvailable() {
        return cause == null;
    }

    /** One line a user can act on; empty when available. */
    public String reason() {
        if (cause == null) {
            return "";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.toString() : message.lines().findFirst().orElse("");
    }
}
