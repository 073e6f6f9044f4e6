package io.fibbench.report.render;

/** A chart as written: its files' stem, caption, and PNG bytes (null when the data had none for it). */
record RenderedChart(String name, String caption, byte[] png, String whenMissing) {
}
