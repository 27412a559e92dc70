package no.planverk.measures.core.internal.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import no.planverk.measures.api.FollowUpReport;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.StatusReport;

/** The follow-up report as an A4 landscape PDF (OpenPDF): one table per goal, totals on top. */
final class ReportPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font GOAL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final float[] WIDTHS = {7, 28, 11, 7, 6, 25, 8, 8};

    private final ReportTexts t;

    ReportPdf(ReportTexts texts) {
        this.t = texts;
    }

    byte[] render(FollowUpReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(t.t("title", String.valueOf(r.year())) + " - " + r.planName()); // a year, never "2 026"
            doc.addCreator("Planverk");
            doc.open();
            doc.add(new Paragraph(t.t("title", String.valueOf(r.year())), TITLE));
            doc.add(new Paragraph(t.t("plan") + ": " + r.planName(), BODY));
            FollowUpReport.Totals s = r.totals();
            doc.add(new Paragraph(t.t("summary", s.measures(), s.completed(), s.reported(), ReportTexts.money(s.costNok()),
                    ReportTexts.money(s.spentNok())), BODY));
            doc.add(new Paragraph(t.t("generated", LocalDate.now(ZoneId.of("Europe/Oslo")).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))),
                    BODY));
            for (FollowUpReport.Section section : r.sections()) {
                String goal = section.goalText() == null ? t.t("noGoal")
                        : t.t("goal") + (section.goalCode() == null ? "" : " " + section.goalCode()) + ": " + section.goalText();
                Paragraph p = new Paragraph(goal, GOAL);
                p.setSpacingBefore(12);
                p.setSpacingAfter(4);
                doc.add(p);
                doc.add(table(section));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be made: " + e.getMessage(), e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    private PdfPTable table(FollowUpReport.Section section) throws DocumentException {
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : new String[] {"col.number", "col.measure", "col.status", "col.light", "col.percent", "col.comment", "col.cost",
                "col.spent"}) {
            PdfPCell c = new PdfPCell(new Phrase(t.t(key), HEAD));
            c.setBackgroundColor(new Color(230, 230, 230));
            table.addCell(c);
        }
        for (FollowUpReport.Line line : section.lines()) {
            Measure m = line.measure();
            StatusReport rep = line.report();
            // the state the year's last report gave, not today's: a report on 2025 shows 2025
            table.addCell(cell(m.number()));
            table.addCell(cell(m.title()));
            table.addCell(cell(rep == null ? t.t("notReported") : t.t("status." + rep.status().id())));
            table.addCell(rep == null ? cell("") : light(rep.light()));
            table.addCell(number(rep == null ? "" : rep.percent() + " %"));
            table.addCell(cell(rep == null || rep.comment() == null ? "" : rep.comment()));
            table.addCell(number(line.costNok() == 0 ? "" : ReportTexts.money(line.costNok())));
            table.addCell(number(line.spentNok() == 0 ? "" : ReportTexts.money(line.spentNok())));
        }
        return table;
    }

    private PdfPCell light(Light l) {
        Color c = switch (l) {
            case GREEN -> new Color(0, 128, 0);
            case YELLOW -> new Color(200, 150, 0);
            case RED -> new Color(200, 0, 0);
        };
        // the colour and the word, so the light reads in black and white too (Helvetica has no round dot)
        return new PdfPCell(new Phrase(new Chunk(t.t("light." + l.id()), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, c))));
    }

    private static PdfPCell cell(String text) {
        return new PdfPCell(new Phrase(text, BODY));
    }

    private static PdfPCell number(String text) {
        PdfPCell c = cell(text);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }
}
