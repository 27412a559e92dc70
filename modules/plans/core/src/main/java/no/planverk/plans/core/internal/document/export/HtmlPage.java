package no.planverk.plans.core.internal.document.export;

import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import no.planverk.plans.api.document.BlockCell;
import no.planverk.plans.api.document.BlockChart;
import no.planverk.plans.api.document.BlockContent;
import no.planverk.plans.api.document.BlockTable;
import no.planverk.plans.api.document.DocumentContent;
import no.planverk.plans.api.document.SectionContent;
import no.planverk.plans.api.document.SectionPart;
import no.planverk.plans.core.internal.document.MarkdownHtml;

/**
 * A document as one standalone HTML page: inline CSS, a linked table of contents, headings h1-h6 by section level,
 * tables with header cells, charts as PNG with alt text and their figures in a table. The print variant (for PDF)
 * adds A4 pages, the running header, page numbers and the table of contents' page numbers.
 */
final class HtmlPage {

    private final DocumentContent doc;
    private final ExportTexts texts;
    private final boolean print;
    private final Function<BlockChart, byte[]> charts;
    private final List<String> ids;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    HtmlPage(DocumentContent doc, ExportTexts texts, boolean print, Function<BlockChart, byte[]> charts) {
        this.doc = doc;
        this.texts = texts;
        this.print = print;
        this.charts = charts;
        this.ids = ids(doc.sections());
    }

    /** The anchors of the sections: s-1, s-1-2 ..., made unique when numbers repeat. */
    static List<String> ids(List<SectionContent> sections) {
        Set<String> taken = new HashSet<>();
        return sections.stream().map(s -> {
            String base = "s-" + (s.number() == null ? "" : s.number()).replaceAll("[^0-9A-Za-z]+", "-")
                    .replaceAll("^-|-$", "");
            String id = base;
            for (int i = 2; !taken.add(id); i++) {
                id = base + "-" + i;
            }
            return id;
        }).toList();
    }

    String render() {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(texts.language()).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
                .append(esc(doc.title())).append(" – ").append(esc(doc.municipality())).append("</title>\n<style>\n")
                .append(PageStyle.css(print, texts)).append("</style>\n</head>\n<body>\n");
        if (print) {
            out.append("<div class=\"running\" aria-hidden=\"true\">").append(esc(doc.municipality())).append(" · ")
                    .append(esc(doc.title())).append("</div>\n");
        }
        out.append("<header class=\"cover\">\n<p class=\"municipality\">").append(esc(doc.municipality())).append("</p>\n")
                .append("<p class=\"doc-title\">").append(esc(doc.title())).append("</p>\n");
        if (!doc.subtitle().isBlank()) {
            out.append("<p class=\"subtitle\">").append(esc(doc.subtitle())).append("</p>\n");
        }
        out.append("</header>\n");
        toc();
        out.append("<main>\n");
        for (int i = 0; i < doc.sections().size(); i++) {
            section(doc.sections().get(i), ids.get(i));
        }
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void toc() {
        out.append("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<p id=\"toc-title\" class=\"toc-title\">")
                .append(esc(texts.get("plans.document.export.contents"))).append("</p>\n");
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < doc.sections().size(); i++) {
            SectionContent s = doc.sections().get(i);
            int level = Math.max(1, s.level());
            if (open.isEmpty() || level > open.peek()) {
                out.append("<ol>\n");
                open.push(level);
            } else {
                out.append("</li>\n");
                while (open.size() > 1 && level < open.peek()) {
                    open.pop();
                    out.append("</ol>\n</li>\n");
                }
            }
            out.append("<li><a href=\"#").append(ids.get(i)).append("\">").append(heading(s)).append("</a>");
        }
        while (!open.isEmpty()) {
            open.pop();
            out.append("</li>\n</ol>\n");
        }
        out.append("</nav>\n");
    }

    private String heading(SectionContent s) {
        String number = s.number() == null || s.number().isBlank() ? ""
                : "<span class=\"num\">" + esc(s.number()) + "</span> ";
        return number + esc(s.heading());
    }

    private void section(SectionContent s, String id) {
        int h = Math.min(6, Math.max(1, s.level()));
        out.append("<h").append(h).append(" id=\"").append(id).append("\">").append(heading(s)).append("</h")
                .append(h).append(">\n");
        for (SectionPart part : s.parts()) {
            if (part instanceof SectionPart.Text text) {
                out.append("<div class=\"text\">").append(text(text.markdown(), s.level())).append("</div>\n");
            } else if (part instanceof SectionPart.Block block) {
                block(block);
            }
        }
    }

    /** The section's Markdown through the one sanitiser; its table headers get their scope. */
    private static String text(String markdown, int level) {
        return MarkdownHtml.toSafeHtml(markdown, Math.max(1, level)).replace("<th>", "<th scope=\"col\">")
                .replace("<th ", "<th scope=\"col\" ");
    }

    private void block(SectionPart.Block block) {
        BlockContent content = block.content();
        if (content == null) {
            out.append("<p class=\"placeholder\">").append(esc(block.placeholder())).append("</p>\n");
            return;
        }
        out.append("<div class=\"block\">\n");
        if (content.title() != null && !content.title().isBlank()) {
            out.append("<p class=\"block-title\">").append(esc(content.title())).append("</p>\n");
        }
        for (BlockTable table : content.tables()) {
            table(table, null);
        }
        for (BlockChart chart : content.charts()) {
            chart(chart);
        }
        if (!content.note().isBlank()) {
            out.append("<p class=\"note\">").append(esc(content.note())).append("</p>\n");
        }
        out.append("</div>\n");
    }

    private void table(BlockTable table, String caption) {
        out.append("<table>\n");
        if (caption != null) {
            out.append("<caption>").append(esc(caption)).append("</caption>\n");
        }
        out.append("<colgroup>");
        for (int share : ColumnWidths.percent(table)) {
            out.append("<col style=\"width:").append(share).append("%\"/>");
        }
        out.append("</colgroup>\n<thead><tr>");
        for (String header : table.headers()) {
            out.append("<th scope=\"col\">").append(esc(header)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<BlockCell> row : table.rows()) {
            out.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                String tag = c == 0 ? "th scope=\"row\"" : "td";
                out.append('<').append(tag).append('>').append(cell(row.get(c))).append("</").append(c == 0 ? "th" : "td")
                        .append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** The cell's text; a marker colour is a swatch beside the text, never the only sign. */
    private String cell(BlockCell cell) {
        String text = cell.text() == null ? "" : cell.text();
        String colour = Colours.valid(cell.colour());
        if (colour == null) {
            return esc(text);
        }
        String label = text.isBlank() ? texts.get("plans.document.export.colour", colour) : text;
        return "<span class=\"marker\" style=\"background-color:" + colour + "\" aria-hidden=\"true\"></span> " + esc(label);
    }

    private void chart(BlockChart chart) {
        String title = chart.title() == null ? "" : chart.title();
        String png = Base64.getEncoder().encodeToString(charts.apply(chart));
        out.append("<figure class=\"chart\">\n<img src=\"data:image/png;base64,").append(png).append("\" alt=\"")
                .append(esc(texts.get("plans.document.export.chartAlt", title))).append("\" width=\"")
                .append(ChartImages.WIDTH).append("\" height=\"").append(ChartImages.HEIGHT).append("\"/>\n<figcaption>")
                .append(esc(title)).append("</figcaption>\n</figure>\n");
        table(ChartTables.of(chart, texts), texts.get("plans.document.export.chartTable", title));
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
