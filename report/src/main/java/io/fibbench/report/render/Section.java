package io.fibbench.report.render;

import java.util.List;

/** A titled group of tables under the page's own (one machine of a cross-machine report): its tables a level down. */
record Section(String id, String title, String note, List<Table> tables) {
}
