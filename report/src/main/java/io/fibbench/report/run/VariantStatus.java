package io.fibbench.report.run;

/** Whether a variant runs on one JDK, as that JDK's own registry said. */
public record VariantStatus(String id, boolean available, String reason) {
}
