package io.fibbench.report.render;

import java.util.List;

/** report.md: GitHub-flavoured Markdown that pastes into a PR or a CI job summary. */
final class MarkdownPage {

    private MarkdownPage() {
    }

    static String render(String title, String intro, List<RenderedChart> charts, List<Table> tables) {
        return render(title, intro, charts, tables, List.of());
    }

    /** The same, with each section under its own heading after the tables, its tables a level down. */
    static String render(String title, String intro, List<RenderedChart> charts, List<Table> tables,
                         List<Section> sections) {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n").append(intro).append("\n\n");
        for (Table t : tables) {
            md.append(table(t));
        }
        for (Section s : sections) {
            md.append("## ").append(s.title()).append("\n\n");
            if (!s.note().isEmpty()) {
                md.append(s.note()).append("\n\n");
            }
            s.tables().forEach(t -> md.append(table(t, "### ")));
        }
        md.append("## Charts\n\n");
        for (RenderedChart c : charts) {
            md.append(c.png() == null ? "- " + c.name() + ": " + c.whenMissing() + "\n"
                    : "![" + c.caption() + "](" + c.name() + ".png)\n\n");
        }
        return md.toString();
    }

    static String table(Table t) {
        return table(t, "## ");
    }

    private static String table(Table t, String heading) {
        StringBuilder md = new StringBuilder(heading).append(t.title()).append("\n\n");
        if (!t.note().isEmpty()) {
            md.append(t.note()).append("\n\n");
        }
        if (t.rows().isEmpty()) {
            return md.toString();
        }
        md.append(row(t.header()));
        md.append(row(t.header().stream().map(h -> "---").toList()));
        t.rows().forEach(r -> md.append(row(r)));
        return md.append('\n').toString();
    }

    private static String row(List<String> cells) {
        StringBuilder r = new StringBuilder("|");
        cells.forEach(c -> r.append(' ').append(c.replace("|", "\\|")).append(" |"));
        return r.append('\n').toString();
    }
}
