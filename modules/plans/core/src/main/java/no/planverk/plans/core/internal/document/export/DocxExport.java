package no.planverk.plans.core.internal.document.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;
import no.planverk.plans.api.document.BlockCell;
import no.planverk.plans.api.document.BlockChart;
import no.planverk.plans.api.document.BlockContent;
import no.planverk.plans.api.document.BlockTable;
import no.planverk.plans.api.document.DocumentContent;
import no.planverk.plans.api.document.SectionContent;
import no.planverk.plans.api.document.SectionPart;
import no.planverk.plans.core.internal.document.export.DocxBody.Style;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * A document as DOCX (Apache POI): A4, a header with municipality and title, "Side n" in the footer, a title page, a
 * table of contents field, sections in Heading 1-6, real tables with a repeated header row, charts as PNG pictures
 * with alt text and their figures in a table.
 */
final class DocxExport {

    private static final int CHART_WIDTH_PT = 453; // 16 cm
    private final DocumentContent content;
    private final ExportTexts texts;
    private final Function<BlockChart, byte[]> charts;

    DocxExport(DocumentContent content, ExportTexts texts, Function<BlockChart, byte[]> charts) {
        this.content = content;
        this.texts = texts;
        this.charts = charts;
    }

    byte[] render() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024)) {
            DocxStyles.add(doc);
            page(doc);
            headerAndFooter(doc);
            DocxBody body = new DocxBody(doc);
            cover(body);
            contents(body);
            DocxHtml markdown = new DocxHtml(body, new DocxLists(doc));
            boolean first = true;
            for (SectionContent s : content.sections()) {
                XWPFParagraph h = body.paragraph("Heading" + Math.min(6, Math.max(1, s.level())), heading(s));
                if (s.level() <= 1 && !first) {
                    h.setPageBreak(true);
                }
                first = false;
                for (SectionPart part : s.parts()) {
                    if (part instanceof SectionPart.Text text) {
                        markdown.write(text.markdown(), s.level());
                    } else if (part instanceof SectionPart.Block block) {
                        block(body, block);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margin = sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(1247));
        margin.setBottom(BigInteger.valueOf(1134));
        margin.setLeft(BigInteger.valueOf(1021));
        margin.setRight(BigInteger.valueOf(1021));
        margin.setHeader(BigInteger.valueOf(567));
        margin.setFooter(BigInteger.valueOf(567));
    }

    private void headerAndFooter(XWPFDocument doc) {
        // the title page has an empty header and footer of its own
        doc.createHeader(HeaderFooterType.FIRST);
        doc.createFooter(HeaderFooterType.FIRST);
        XWPFParagraph header = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        header.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun h = header.createRun();
        h.setFontSize(9);
        h.setText(text(content.municipality()) + " · " + text(content.title()));
        XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun f = footer.createRun();
        f.setFontSize(9);
        f.setText(texts.get("plans.document.export.page") + " ");
        CTSimpleField page = footer.getCTP().addNewFldSimple();
        page.setInstr("PAGE");
        page.addNewR().addNewT().setStringValue("1");
    }

    private void cover(DocxBody body) {
        body.paragraph("Subtitle", content.municipality());
        body.paragraph("Title", content.title());
        if (!content.subtitle().isBlank()) {
            body.paragraph("Subtitle", content.subtitle());
        }
    }

    /**
     * A TOC field over Heading 1-4 whose shown result already lists the sections (without page numbers); Word
     * rebuilds it with page numbers when it opens the file (updateFields), LibreOffice on Tools > Update.
     */
    private void contents(DocxBody body) {
        body.paragraph("TOCHeading", texts.get("plans.document.export.contents")).setPageBreak(true);
        XWPFParagraph first = body.paragraph();
        first.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        first.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-4\" \\h \\z \\u ");
        first.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFParagraph p = first;
        boolean firstEntry = true;
        for (SectionContent s : content.sections()) {
            if (s.level() > 4) {
                continue;
            }
            if (!firstEntry) {
                p = body.paragraph();
            }
            firstEntry = false;
            p.setStyle("TOC" + Math.max(1, s.level()));
            p.createRun().setText(heading(s));
        }
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        body.doc().enforceUpdateFields();
    }

    private static String heading(SectionContent s) {
        return (s.number() == null || s.number().isBlank() ? "" : s.number() + " ") + text(s.heading());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private void block(DocxBody body, SectionPart.Block block) {
        BlockContent c = block.content();
        if (c == null) {
            XWPFParagraph p = body.paragraph();
            p.setBorderTop(org.apache.poi.xwpf.usermodel.Borders.DASHED);
            p.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.DASHED);
            body.run(p, block.placeholder() == null ? "" : block.placeholder(), Style.PLAIN.withItalic(), null);
            return;
        }
        if (c.title() != null && !c.title().isBlank()) {
            XWPFParagraph title = body.paragraph();
            DocxBody.keepWithNext(title);
            body.run(title, c.title(), Style.PLAIN.withBold(), null);
        }
        for (BlockTable t : c.tables()) {
            table(body, t);
        }
        for (BlockChart chart : c.charts()) {
            chart(body, chart);
        }
        if (!c.note().isBlank()) {
            XWPFRun note = body.run(body.paragraph(), c.note(), Style.PLAIN, null);
            note.setFontSize(9);
        }
    }

    private void table(DocxBody body, BlockTable table) {
        XWPFTable t = body.table(table.rows().size() + 1, Math.max(1, table.headers().size()), ColumnWidths.percent(table));
        t.getRow(0).setRepeatHeader(true);
        for (int c = 0; c < table.headers().size(); c++) {
            XWPFTableCell cell = t.getRow(0).getCell(c);
            cell.setColor(DocxBody.HEADER_FILL);
            body.run(cell.getParagraphs().get(0), table.headers().get(c), Style.PLAIN.withBold(), null);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<BlockCell> row = table.rows().get(r);
            t.getRow(r + 1).setCantSplitRow(true);
            for (int c = 0; c < row.size() && c < table.headers().size(); c++) {
                cell(body, t.getRow(r + 1).getCell(c).getParagraphs().get(0), row.get(c));
            }
        }
        body.paragraph();
    }

    /** A marker colour is a coloured square before the text, never the only sign. */
    private void cell(DocxBody body, XWPFParagraph p, BlockCell cell) {
        String text = cell.text() == null ? "" : cell.text();
        String colour = Colours.valid(cell.colour());
        if (colour != null) {
            body.run(p, "\u25a0 ", Style.PLAIN, null).setColor(colour.substring(1));
            if (text.isBlank()) {
                text = texts.get("plans.document.export.colour", colour);
            }
        }
        body.run(p, text, Style.PLAIN, null);
    }

    private void chart(DocxBody body, BlockChart chart) {
        String title = chart.title() == null ? "" : chart.title();
        XWPFParagraph p = body.paragraph();
        DocxBody.keepWithNext(p);
        XWPFRun run = p.createRun();
        int height = CHART_WIDTH_PT * ChartImages.HEIGHT / ChartImages.WIDTH;
        try {
            run.addPicture(new ByteArrayInputStream(charts.apply(chart)), PictureType.PNG, "chart.png",
                    Units.toEMU(CHART_WIDTH_PT), Units.toEMU(height));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("chart picture", e);
        }
        run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr()
                .setDescr(texts.get("plans.document.export.chartAlt", title));
        body.paragraph("Caption", title);
        body.paragraph("Caption", texts.get("plans.document.export.chartTable", title));
        table(body, ChartTables.of(chart, texts));
    }
}
