package io.fibbench.report.render;

import java.util.List;

/** A table as both the HTML page and the Markdown report print it. */
public record Table(String id, String title, String note, List<String> header, List<List<String>> rows) {
}
