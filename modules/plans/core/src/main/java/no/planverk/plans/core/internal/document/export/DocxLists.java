package no.planverk.plans.core.internal.document.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word numbering for Markdown lists: one bullet list definition, a fresh numbered one per list (so each starts at 1). */
final class DocxLists {

    private static final int LEVELS = 6;
    private final XWPFNumbering numbering;
    private BigInteger bullets;
    private int nextAbstractId;

    DocxLists(XWPFDocument doc) {
        this.numbering = doc.createNumbering();
    }

    BigInteger bullets() {
        if (bullets == null) {
            bullets = define(false);
        }
        return bullets;
    }

    BigInteger numbered() {
        return define(true);
    }

    private BigInteger define(boolean ordered) {
        CTAbstractNum a = CTAbstractNum.Factory.newInstance();
        a.setAbstractNumId(BigInteger.valueOf(nextAbstractId++));
        for (int level = 0; level < LEVELS; level++) {
            CTLvl lvl = a.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(ordered ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal(ordered ? "%" + (level + 1) + "." : level % 2 == 0 ? "\u2022" : "\u25e6");
            CTInd ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(720L * (level + 1)));
            ind.setHanging(BigInteger.valueOf(360));
        }
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(a, numbering));
        return numbering.addNum(abstractId);
    }
}
