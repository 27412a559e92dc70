package no.planverk.plans.core.internal.document.export;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Paragraphs, runs and tables appended to the body of a DOCX. */
final class DocxBody {

    static final String HEADER_FILL = "DFE8F1";
    private static final String LINK_COLOUR = "0B5394";
    private static final String MONO = "Consolas";

    /** How a run looks. */
    record Style(boolean bold, boolean italic, boolean code) {
        static final Style PLAIN = new Style(false, false, false);
        static final Style CODE = new Style(false, false, true);

        Style withBold() {
            return new Style(true, italic, code);
        }

        Style withItalic() {
            return new Style(bold, true, code);
        }
    }

    private final XWPFDocument doc;

    DocxBody(XWPFDocument doc) {
        this.doc = doc;
    }

    XWPFDocument doc() {
        return doc;
    }

    XWPFParagraph paragraph() {
        return doc.createParagraph();
    }

    /** Keeps the paragraph on the page of the next one (POI needs the paragraph's properties to exist first). */
    static void keepWithNext(XWPFParagraph p) {
        if (!p.getCTP().isSetPPr()) {
            p.getCTP().addNewPPr();
        }
        p.setKeepNext(true);
    }

    XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        if (text != null && !text.isEmpty()) {
            p.createRun().setText(text);
        }
        return p;
    }

    /** A table at the full text width with a border on every cell. */
    XWPFTable table(int rows, int cols) {
        XWPFTable t = doc.createTable(rows, cols);
        t.setWidth("100%");
        return t;
    }

    /** A run of text; with an http(s) or mailto link it is a hyperlink. */
    XWPFRun run(XWPFParagraph p, String text, Style style, String link) {
        boolean linked = link != null && !link.startsWith("#");
        XWPFRun r = linked ? p.createHyperlinkRun(link) : p.createRun();
        if (linked) {
            r.setUnderline(UnderlinePatterns.SINGLE);
            r.setColor(LINK_COLOUR);
        }
        if (style.bold()) {
            r.setBold(true);
        }
        if (style.italic()) {
            r.setItalic(true);
        }
        if (style.code()) {
            r.setFontFamily(MONO);
        }
        if (!text.isEmpty()) {
            r.setText(text);
        }
        return r;
    }
}
