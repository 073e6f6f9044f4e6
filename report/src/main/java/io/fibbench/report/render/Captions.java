package io.fibbench.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/** The tables' longer captions, kept as prose in captions.properties rather than as strings in code. */
final class Captions {

    private static final Properties TEXT = load();

    private Captions() {
    }

    /** The caption of {@code table}, its placeholders filled with {@code args}. */
    static String of(String table, Object... args) {
        String template = TEXT.getProperty(table);
        if (template == null) {
            throw new IllegalStateException("captions.properties has no caption '" + table + "'");
        }
        return String.format(Locale.ROOT, template, args);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Captions.class.getResourceAsStream("captions.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read captions.properties", e);
        }
        return p;
    }
}
