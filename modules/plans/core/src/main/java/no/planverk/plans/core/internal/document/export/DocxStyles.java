package no.planverk.plans.core.internal.document.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of an exported DOCX under Word's own ids and names (Heading1 "heading 1" with an outline
 * level, Title, Subtitle, Caption, TOCHeading), so the navigation pane and a table of contents find the headings.
 */
final class DocxStyles {

    static final String FONT = "Calibri";
    static final String HEADING_COLOUR = "0B3D62";
    private static final int[] HEADING_HALF_POINTS = {32, 28, 26, 24, 22, 22};

    private DocxStyles() {
    }

    static void add(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(style("Normal", "Normal", null, -1, false, 22, null, true));
        for (int level = 1; level <= 6; level++) {
            styles.addStyle(style("Heading" + level, "heading " + level, "Normal", level - 1, true,
                    HEADING_HALF_POINTS[level - 1], HEADING_COLOUR, true));
        }
        styles.addStyle(style("Title", "Title", "Normal", -1, true, 52, HEADING_COLOUR, true));
        styles.addStyle(style("Subtitle", "Subtitle", "Normal", -1, false, 28, null, true));
        styles.addStyle(style("Caption", "caption", "Normal", -1, true, 18, null, true));
        styles.addStyle(style("TOCHeading", "TOC Heading", "Normal", -1, true, 32, HEADING_COLOUR, true));
        for (int level = 1; level <= 4; level++) {
            XWPFStyle toc = style("TOC" + level, "toc " + level, "Normal", -1, false, 22, null, false);
            toc.getCTStyle().getPPr().addNewInd().setLeft(BigInteger.valueOf(220L * (level - 1)));
            styles.addStyle(toc);
        }
    }

    private static XWPFStyle style(String id, String name, String basedOn, int outline, boolean bold, int halfPoints,
            String colour, boolean primary) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        }
        if (primary) {
            s.addNewQFormat();
        }
        CTPPrGeneral p = s.addNewPPr();
        p.addNewSpacing().setAfter(BigInteger.valueOf(outline >= 0 ? 80 : 120));
        if (outline >= 0) {
            p.getSpacing().setBefore(BigInteger.valueOf(240));
            p.addNewKeepNext();
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr r = s.addNewRPr();
        CTFonts fonts = r.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        if (bold) {
            r.addNewB();
        }
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (colour != null) {
            r.addNewColor().setVal(colour);
        }
        return new XWPFStyle(s);
    }
}
