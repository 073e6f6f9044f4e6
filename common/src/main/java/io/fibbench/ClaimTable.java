package io.fibbench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims tables in common's resources: what each mechanism does with a wrong signature and with a
 * callback's exception. The backends' tests check each row against what they observe, and the report
 * prints them, both through this one reader. CSV with a header row; a field may be quoted to hold commas.
 */
public final class ClaimTable {

    public static final String WRONG_SIGNATURE = "/io/fibbench/wrong-signature.csv";
    public static final String CALLBACK_EXCEPTION = "/io/fibbench/callback-exception.csv";
    public static final String ERRNO = "/io/fibbench/errno.csv";
    public static final String MANY_ARGUMENTS = "/io/fibbench/many-arguments.csv";
    public static final String STRINGS = "/io/fibbench/strings.csv";
    public static final String STRUCTS = "/io/fibbench/structs.csv";

    private ClaimTable() {
    }

    /** Every row, as column name to value, in file order. */
    public static List<Map<String, String>> read(String resource) {
        List<Map<String, String>> rows = new ArrayList<>();
        InputStream in = ClaimTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the class path: it ships in io.fibbench:common");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = split(r.readLine());
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < cells.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    /** The row whose first column, a space-separated list of keys, holds {@code key}. */
    public static Map<String, String> row(String resource, String key) {
        return read(resource).stream()
                .filter(row -> Arrays.asList(row.values().iterator().next().split(" ")).contains(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row for '" + key + "' in " + resource
                        + ": add one (every variant's behaviour is recorded there)"));
    }

    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
