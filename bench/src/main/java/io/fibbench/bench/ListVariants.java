package io.fibbench.bench;

import io.fibbench.FibRegistry;
import io.fibbench.Variant;

/**
 * Run on each JDK before measuring: which variants work on it, and why the others do not.
 * One line per variant: id, TAB, "available" or "unavailable", TAB, reason.
 */
public final class ListVariants {

    private ListVariants() {
    }

    public static void main(String[] args) {
        for (Variant v : FibRegistry.discover()) {
            String reason = v.reason().replace('\t', ' ');
            System.out.println(v.id() + "\t" + (v.isAvailable() ? "available" : "unavailable") + "\t" + reason);
        }
    }
}
