package no.planverk.consultation.core.internal.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.planverk.consultation.api.AssessmentReport;
import no.planverk.consultation.api.AssessmentRow;
import no.planverk.consultation.api.ExportFile;
import no.planverk.consultation.api.ExportFormat;
import no.planverk.consultation.api.Outcome;
import no.planverk.consultation.api.PublicConsultation;
import no.planverk.consultation.api.Submission;
import no.planverk.consultation.core.internal.ConsultationMessages;
import no.planverk.consultation.core.internal.Dates;
import no.planverk.platform.api.Fields;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.PlanverkException;
import no.planverk.plans.api.document.BlockCell;
import no.planverk.plans.api.document.BlockContent;
import no.planverk.plans.api.document.BlockRef;
import no.planverk.plans.api.document.BlockTable;
import no.planverk.plans.api.document.DocumentContent;
import no.planverk.plans.api.document.DocumentFormat;
import no.planverk.plans.api.document.DocumentRenderer;
import no.planverk.plans.api.document.SectionContent;
import no.planverk.plans.api.document.SectionPart;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The merknadsbehandling: built from the register, written as CSV (formula-guarded, with a BOM for Excel) or, through
 * the plans module's {@link DocumentRenderer}, as PDF and DOCX.
 */
public final class AssessmentFiles {

    private final String municipality;
    private volatile DocumentRenderer renderer;

    public AssessmentFiles(String municipality) {
        this.municipality = municipality == null ? "" : municipality;
    }

    public void renderer(DocumentRenderer r) {
        renderer = r;
    }

    public void clearRenderer(DocumentRenderer r) {
        if (renderer == r) {
            renderer = null;
        }
    }

    /** The report: names and organisations for planners ({@code contact}), else only where the submitter allowed it. */
    public static AssessmentReport report(PublicConsultation c, List<Submission> submissions, boolean contact, boolean published) {
        List<AssessmentRow> rows = submissions.stream().map(s -> {
            boolean shown = contact || s.publishName();
            var a = s.assessment();
            return new AssessmentRow(s.number(), shown ? s.name() : null, shown ? s.organisation() : null, s.channel(), s.section(),
                    a == null ? null : a.summary(), a == null ? null : a.assessment(), a == null ? null : a.outcome(),
                    a == null ? null : a.changedSection());
        }).toList();
        return new AssessmentReport(c, rows, published);
    }

    public ExportFile file(AssessmentReport r, ExportFormat format, Locale locale) {
        String name = "merknadsbehandling-" + r.consultation().id() + "." + format.extension();
        if (format == ExportFormat.CSV) {
            return new ExportFile(name, format.mediaType(), csv(r, locale).getBytes(StandardCharsets.UTF_8));
        }
        DocumentRenderer d = renderer;
        if (d == null) {
            throw new PlanverkException(Message.of("consultation.export.noRenderer",
                    "PDF and DOCX need the plans module''s document export, which is not running now; CSV works meanwhile"));
        }
        byte[] bytes = d.render(document(r, municipality, locale), format == ExportFormat.PDF ? DocumentFormat.PDF : DocumentFormat.DOCX, locale);
        return new ExportFile(name, format.mediaType(), bytes);
    }

    static String csv(AssessmentReport r, Locale locale) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            p.printRecord(headers(locale).stream().map(AssessmentFiles::guard).toList());
            for (AssessmentRow row : r.rows()) {
                p.printRecord(cells(row, locale).stream().map(AssessmentFiles::guard).toList());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** A cell a spreadsheet would run as a formula gets an apostrophe in front. */
    static String guard(String cell) {
        return Fields.formulaLike(cell) ? "'" + cell : cell;
    }

    static DocumentContent document(AssessmentReport r, String municipality, Locale locale) {
        PublicConsultation c = r.consultation();
        List<SectionContent> sections = new ArrayList<>();
        String intro = ConsultationMessages.text(locale, "consultation.doc.intro", Dates.text(c.opensOn()), Dates.text(c.closesOn()),
                String.valueOf(r.rows().size()));
        List<List<BlockCell>> rows = r.rows().stream().map(row -> List.of(BlockCell.of(String.valueOf(row.number())),
                BlockCell.of(submitter(row, locale)), BlockCell.of(nz(row.summary())), BlockCell.of(outcome(row.outcome(), locale)))).toList();
        BlockTable overview = new BlockTable(List.of(t(locale, "consultation.col.number"), t(locale, "consultation.col.submitter"),
                t(locale, "consultation.col.summary"), t(locale, "consultation.col.outcome")), rows);
        sections.add(new SectionContent("1", 1, t(locale, "consultation.doc.overview"), List.of(new SectionPart.Text(intro),
                new SectionPart.Block(new BlockRef("consultation-assessment", String.valueOf(c.id())),
                        new BlockContent(t(locale, "consultation.doc.overview"), List.of(overview), List.of(), ""), null))));
        sections.add(new SectionContent("2", 1, t(locale, "consultation.doc.submissions"), List.of()));
        int i = 1;
        for (AssessmentRow row : r.rows()) {
            StringBuilder md = new StringBuilder();
            md.append("**").append(t(locale, "consultation.col.section")).append(":** ").append(escape(nz(row.section()))).append("\n\n");
            md.append("**").append(t(locale, "consultation.col.summary")).append(":** ").append(escape(nz(row.summary()))).append("\n\n");
            md.append("**").append(t(locale, "consultation.col.assessment")).append(":** ").append(escape(nz(row.assessment()))).append("\n\n");
            md.append("**").append(t(locale, "consultation.col.outcome")).append(":** ").append(outcome(row.outcome(), locale));
            if (row.changedSection() != null) {
                md.append(" (").append(t(locale, "consultation.col.changedSection")).append(' ').append(escape(row.changedSection())).append(')');
            }
            sections.add(new SectionContent("2." + i++, 2, ConsultationMessages.text(locale, "consultation.doc.submission",
                    String.valueOf(row.number()), submitter(row, locale)), List.of(new SectionPart.Text(md.toString()))));
        }
        return new DocumentContent(municipality, t(locale, "consultation.doc.title"), c.title(), sections);
    }

    private static List<String> headers(Locale locale) {
        return List.of("consultation.col.number", "consultation.col.submitter", "consultation.col.organisation", "consultation.col.channel",
                "consultation.col.section", "consultation.col.summary", "consultation.col.assessment", "consultation.col.outcome",
                "consultation.col.changedSection").stream().map(k -> t(locale, k)).toList();
    }

    private static List<String> cells(AssessmentRow row, Locale locale) {
        return List.of(String.valueOf(row.number()), submitter(row, locale), nz(row.organisation()),
                t(locale, "consultation.channel." + row.channel().id()), nz(row.section()), nz(row.summary()), nz(row.assessment()),
                outcome(row.outcome(), locale), nz(row.changedSection()));
    }

    public static String outcome(Outcome o, Locale locale) {
        return o == null ? t(locale, "consultation.outcome.none") : t(locale, "consultation.outcome." + o.id());
    }

    private static String submitter(AssessmentRow row, Locale locale) {
        return row.submitter() == null ? t(locale, "consultation.submitter.hidden") : row.submitter();
    }

    /** Markdown's own characters in submitted text are shown as written, not as formatting. */
    private static String escape(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String t(Locale locale, String key) {
        return ConsultationMessages.text(locale, key);
    }
}
