package no.planverk.measures.ui.internal.transfer;

import static no.planverk.measures.ui.internal.transfer.TransferTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import no.planverk.measures.api.FollowUpReport;
import no.planverk.measures.api.StatusReport;
import no.planverk.measures.ui.internal.MeasureLabels;
import no.planverk.ui.api.Formats;

/**
 * The annual follow-up report as a page to read and print: totals first, then a section per goal with a plain
 * HTML table (a grid shows only the rows on screen, so it would not print). The state of each measure is the
 * year's last report, as in the PDF.
 */
class ReportPage extends Div {

    private static final long serialVersionUID = 1L;
    static final String[] COLUMNS = {"number", "title", "status", "light", "percent", "comment", "cost", "spent"};
    private static final String BORDER = "1px solid var(--lumo-contrast-20pct, #ccc)";

    final Paragraph totals = new Paragraph();

    ReportPage(FollowUpReport report) {
        setId("planverk-measures-report-page");
        setWidthFull();
        H3 title = new H3(t("report.heading", report.planName(), Integer.toString(report.year())));
        title.setId("planverk-measures-report-heading");
        FollowUpReport.Totals s = report.totals();
        totals.setId("planverk-measures-report-totals");
        totals.setText(t("report.totals", s.measures(), s.completed(), s.reported(), Integer.toString(report.year()),
                Formats.money(s.costNok()), Formats.money(s.spentNok())));
        totals.getStyle().set("font-weight", "500");
        add(title, totals);
        for (FollowUpReport.Section section : report.sections()) {
            add(section(section));
        }
    }

    static String heading(FollowUpReport.Section s) {
        if (s.goalText() == null) {
            return t("report.noGoal");
        }
        return s.goalCode() == null ? s.goalText() : s.goalCode() + " " + s.goalText();
    }

    private static Div section(FollowUpReport.Section section) {
        Div div = new Div();
        div.addClassName("planverk-report-section");
        div.getElement().setAttribute("data-goal", section.goalId() == null ? "" : section.goalId().toString());
        H4 h = new H4(heading(section));
        NativeTable table = new NativeTable();
        table.getStyle().set("border-collapse", "collapse").set("width", "100%").set("font-size", "var(--lumo-font-size-s, 0.875rem)");
        NativeTableRow head = table.getHead().addRow();
        for (String c : COLUMNS) {
            NativeTableHeaderCell th = head.addHeaderCell();
            th.setText(t("report.col." + c));
            th.getElement().setAttribute("scope", "col");
            style(th, c).set("text-align", numeric(c) ? "right" : "left").set("border-bottom", "2px solid var(--lumo-contrast-30pct, #999)");
        }
        for (FollowUpReport.Line line : section.lines()) {
            table.getBody().addRows(row(line));
        }
        div.add(h, table);
        return div;
    }

    private static NativeTableRow row(FollowUpReport.Line line) {
        StatusReport r = line.report();
        NativeTableRow tr = new NativeTableRow();
        tr.getElement().setAttribute("data-number", line.measure().number());
        cell(tr, "number", new Span(line.measure().number()));
        cell(tr, "title", new Span(line.measure().title()));
        cell(tr, "status", new Span(r == null ? t("report.notReported") : MeasureLabels.status(r.status())));
        cell(tr, "light", r == null ? new Span() : MeasureLabels.lightTag(r.light()));
        cell(tr, "percent", new Span(r == null ? "" : r.percent() + " %"));
        cell(tr, "comment", new Span(r == null || r.comment() == null ? "" : r.comment()));
        cell(tr, "cost", new Span(line.costNok() == 0 ? "" : Formats.money(line.costNok())));
        cell(tr, "spent", new Span(line.spentNok() == 0 ? "" : Formats.money(line.spentNok())));
        return tr;
    }

    private static void cell(NativeTableRow tr, String column, Component content) {
        NativeTableCell td = tr.addDataCell();
        td.add(content);
        td.getElement().setAttribute("data-column", column);
        style(td, column).set("text-align", numeric(column) ? "right" : "left").set("border-bottom", BORDER)
                .set("vertical-align", "top");
    }

    private static com.vaadin.flow.dom.Style style(Component c, String column) {
        com.vaadin.flow.dom.Style s = c.getElement().getStyle().set("padding", "0.3em 0.5em");
        if (numeric(column) || column.equals("number")) {
            s.set("white-space", "nowrap");
        }
        return s;
    }

    private static boolean numeric(String column) {
        return column.equals("percent") || column.equals("cost") || column.equals("spent");
    }
}
