package io.fibbench.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads the claims tables in common's resources (CSV with quoted fields), one row per key. */
final class MechanismTable {

    private MechanismTable() {
    }

    /** The row whose first field, split on spaces, holds {@code key}. */
    static String[] row(String resource, String key) throws IOException {
        try (InputStream in = MechanismTable.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .map(line -> line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"))
                    .filter(fields -> Arrays.asList(fields[0].split(" ")).contains(key))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + key + " in " + resource));
        }
    }
}
