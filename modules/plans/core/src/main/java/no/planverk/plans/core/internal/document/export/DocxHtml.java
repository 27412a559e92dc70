package no.planverk.plans.core.internal.document.export;

import java.math.BigInteger;
import no.planverk.plans.core.internal.document.MarkdownHtml;
import no.planverk.plans.core.internal.document.export.DocxBody.Style;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * A section's text as Word paragraphs, drawn from the same sanitised HTML the page shows ({@link MarkdownHtml}):
 * headings in the heading styles, bold, italic, links, bullet and numbered lists, quotes, code and tables.
 */
final class DocxHtml {

    private final DocxBody body;
    private final DocxLists lists;
    private BigInteger pendingNum;
    private int pendingLevel;
    private int indent;

    DocxHtml(DocxBody body, DocxLists lists) {
        this.body = body;
        this.lists = lists;
    }

    void write(String markdown, int sectionLevel) {
        Element root = Jsoup.parseBodyFragment(MarkdownHtml.toSafeHtml(markdown, sectionLevel)).body();
        blocks(root, 0);
    }

    private void blocks(Element parent, int depth) {
        XWPFParagraph loose = null; // inline content directly in a list item or quote
        for (Node n : parent.childNodes()) {
            if (n instanceof Element e && isBlock(e)) {
                loose = null;
                block(e, depth);
            } else if (!(n instanceof TextNode t && t.isBlank())) {
                if (loose == null) {
                    loose = paragraph();
                }
                inline(loose, n, Style.PLAIN, null);
            }
        }
    }

    private static boolean isBlock(Element e) {
        return switch (e.normalName()) {
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "hr", "table", "div" -> true;
            default -> false;
        };
    }

    private void block(Element e, int depth) {
        switch (e.normalName()) {
            case "p" -> inlines(paragraph(), e, Style.PLAIN);
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                XWPFParagraph p = body.paragraph();
                p.setStyle("Heading" + e.normalName().charAt(1));
                inlines(p, e, Style.PLAIN);
            }
            case "ul", "ol" -> list(e, depth);
            case "blockquote" -> {
                int before = indent;
                indent += 720;
                blocks(e, depth);
                indent = before;
            }
            case "pre" -> code(e.wholeText());
            case "hr" -> paragraph().setBorderBottom(Borders.SINGLE);
            case "table" -> table(e);
            default -> blocks(e, depth);
        }
    }

    private void list(Element list, int depth) {
        BigInteger num = "ol".equals(list.normalName()) ? lists.numbered() : lists.bullets();
        for (Element item : list.children()) {
            if ("li".equals(item.normalName())) {
                pendingNum = num;
                pendingLevel = depth;
                int before = indent;
                indent = 720 * (depth + 1);
                blocks(item, depth + 1);
                indent = before;
                pendingNum = null;
            }
        }
    }

    /** A new paragraph, numbered when it is the first of a list item, else indented to the list or quote. */
    private XWPFParagraph paragraph() {
        XWPFParagraph p = body.paragraph();
        if (pendingNum != null) {
            p.setNumID(pendingNum);
            p.setNumILvl(BigInteger.valueOf(pendingLevel));
            pendingNum = null;
        } else if (indent > 0) {
            p.setIndentationLeft(indent);
        }
        return p;
    }

    private void code(String text) {
        XWPFParagraph p = paragraph();
        String[] lines = text.replaceAll("\\R$", "").split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            var run = body.run(p, lines[i], Style.CODE, null);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private void table(Element table) {
        Elements rows = table.select("tr");
        int cols = rows.stream().mapToInt(r -> r.select("> th, > td").size()).max().orElse(0);
        if (rows.isEmpty() || cols == 0) {
            return;
        }
        XWPFTable t = body.table(rows.size(), cols, null);
        for (int r = 0; r < rows.size(); r++) {
            Element row = rows.get(r);
            boolean head = "thead".equals(row.parent().normalName());
            if (head) {
                t.getRow(r).setRepeatHeader(true);
            }
            Elements cells = row.select("> th, > td");
            for (int c = 0; c < cells.size(); c++) {
                var cell = t.getRow(r).getCell(c);
                boolean th = "th".equals(cells.get(c).normalName());
                if (th) {
                    cell.setColor(DocxBody.HEADER_FILL);
                }
                inlines(cell.getParagraphs().get(0), cells.get(c), th ? Style.PLAIN.withBold() : Style.PLAIN);
            }
        }
        body.paragraph();
    }

    private void inlines(XWPFParagraph p, Element parent, Style style) {
        for (Node n : parent.childNodes()) {
            inline(p, n, style, null);
        }
    }

    private void inline(XWPFParagraph p, Node n, Style style, String link) {
        if (n instanceof TextNode t) {
            String text = t.getWholeText().replaceAll("\\s+", " ");
            if (!text.isEmpty()) {
                body.run(p, text, style, link);
            }
            return;
        }
        if (!(n instanceof Element e)) {
            return;
        }
        Style inner = switch (e.normalName()) {
            case "strong", "b" -> style.withBold();
            case "em", "i" -> style.withItalic();
            case "code" -> Style.CODE;
            default -> style;
        };
        if ("br".equals(e.normalName())) {
            body.run(p, "", style, null).addBreak();
            return;
        }
        String target = link;
        if ("a".equals(e.normalName()) && e.hasAttr("href")) {
            target = e.attr("href");
        }
        for (Node child : e.childNodes()) {
            inline(p, child, inner, target);
        }
    }
}
