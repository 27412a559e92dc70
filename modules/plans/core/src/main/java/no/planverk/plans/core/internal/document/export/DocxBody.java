package no.planverk.plans.core.internal.document.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/** Paragraphs, runs and tables appended to the body of a DOCX. */
final class DocxBody {

    static final String HEADER_FILL = "DFE8F1";
    private static final String LINK_COLOUR = "0B5394";
    private static final String MONO = "Consolas";
    /** A4 less the margins DocxExport sets (2 x 1021 twips). */
    static final int TEXT_WIDTH_TWIPS = 11906 - 2 * 1021;

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

    /** A table at the full text width with a border on every cell, its columns in the given shares (percent). */
    XWPFTable table(int rows, int cols, int[] percent) {
        XWPFTable t = doc.createTable(rows, cols);
        t.setWidthType(TableWidthType.DXA);
        t.setWidth(String.valueOf(TEXT_WIDTH_TWIPS));
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < cols; c++) {
            int twips = TEXT_WIDTH_TWIPS * (percent == null ? 100 / cols : percent[c]) / 100;
            grid.addNewGridCol().setW(BigInteger.valueOf(twips));
            for (int r = 0; r < rows; r++) {
                t.getRow(r).getCell(c).setWidth(String.valueOf(twips));
            }
        }
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
