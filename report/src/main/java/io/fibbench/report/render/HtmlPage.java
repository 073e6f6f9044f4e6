package io.fibbench.report.render;

import java.util.Base64;
import java.util.List;

/**
 * index.html: one self-contained page (charts embedded as data URIs, no external URL) that reads
 * without scrolling sideways; wide tables scroll inside their own box.
 */
final class HtmlPage {

    private HtmlPage() {
    }

    static String render(String title, String intro, List<RenderedChart> charts, List<Table> tables) {
        return render(title, intro, charts, tables, List.of());
    }

    /** The same, then each section under its own heading, its tables a level down. */
    static String render(String title, String intro, List<RenderedChart> charts, List<Table> tables,
                         List<Section> sections) {
        StringBuilder h = new StringBuilder();
        h.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'DejaVu Sans',sans-serif;margin:0;color:#222;background:#fafafa}\n")
                .append("main{max-width:1000px;margin:0 auto;padding:24px;background:#fff}\n")
                .append("h1{font-size:1.7em;margin-top:0}h2{margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:4px}\n")
                .append("figure{margin:1em 0}figure img{width:100%;height:auto;border:1px solid #eee}\n")
                .append("figcaption{color:#555;font-size:.92em}.note{color:#555;font-size:.92em}\n")
                .append(".table{overflow-x:auto}table{border-collapse:collapse;font-size:.9em;margin:.5em 0}\n")
                .append("th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}\n")
                .append("</style>\n</head>\n<body>\n<main>\n<h1>").append(esc(title)).append("</h1>\n<p>")
                .append(esc(intro)).append("</p>\n");
        for (RenderedChart c : charts) {
            h.append("<h2 id=\"chart-").append(c.name()).append("\">").append(esc(c.caption().split("[.:;]")[0]))
                    .append("</h2>\n");
            if (c.png() == null) {
                h.append("<p class=\"note\">").append(esc(c.whenMissing())).append("</p>\n");
                continue;
            }
            h.append("<figure><img alt=\"").append(esc(c.caption())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(c.png())).append("\">\n<figcaption>")
                    .append(esc(c.caption())).append(" <a href=\"").append(c.name()).append(".svg\">SVG</a> · <a href=\"")
                    .append(c.name()).append(".png\">PNG</a></figcaption></figure>\n");
        }
        tables.forEach(t -> table(h, t, "h2"));
        for (Section s : sections) {
            h.append("<h2 id=\"section-").append(s.id()).append("\">").append(esc(s.title())).append("</h2>\n");
            if (!s.note().isEmpty()) {
                h.append("<p class=\"note\">").append(esc(s.note())).append("</p>\n");
            }
            s.tables().forEach(t -> table(h, t, "h3"));
        }
        // Lets a headless browser (and the report's own test) tell whether every chart loaded.
        h.append("<script>window.addEventListener('load',function(){var b=0;for(var i=0;i<document.images.length;i++)")
                .append("{var m=document.images[i];if(!m.complete||m.naturalWidth===0)b++;}")
                .append("document.body.setAttribute('data-broken-images',String(b));});</script>\n")
                .append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void table(StringBuilder h, Table t, String heading) {
        h.append("<").append(heading).append(" id=\"table-").append(t.id()).append("\">").append(esc(t.title()))
                .append("</").append(heading).append(">\n");
        if (!t.note().isEmpty()) {
            h.append("<p class=\"note\">").append(esc(t.note())).append("</p>\n");
        }
        if (t.rows().isEmpty()) {
            return;
        }
        h.append("<div class=\"table\"><table>\n<tr>");
        t.header().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr>\n");
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            row.forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</table></div>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
