package no.planverk.plans.ui.internal.document;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import no.planverk.plans.api.document.BlockCell;
import no.planverk.plans.api.document.BlockChart;
import no.planverk.plans.api.document.BlockContent;
import no.planverk.plans.api.document.BlockSeries;
import no.planverk.plans.api.document.BlockTable;
import no.planverk.ui.api.chart.ChartOptions;
import no.planverk.ui.api.chart.EChart;

/** A live block in the editor's preview: its title, tables, charts (with their figures) and note, or its placeholder. */
final class BlockPreview {

    private BlockPreview() {
    }

    static Div of(BlockContent content, String placeholder) {
        Div box = new Div();
        box.addClassName("planverk-document-block");
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct, #ccc)").set("border-radius", "var(--lumo-border-radius-m, 4px)")
                .set("padding", "var(--lumo-space-s, .5rem)").set("margin", "var(--lumo-space-s, .5rem) 0").set("overflow-x", "auto");
        if (content == null) {
            box.add(new Paragraph(placeholder == null || placeholder.isBlank() ? t("document.block.unsaved") : placeholder));
            return box;
        }
        if (!content.title().isBlank()) {
            box.add(new H4(content.title()));
        }
        content.tables().forEach(table -> box.add(table(table)));
        int n = 0;
        for (BlockChart chart : content.charts()) {
            EChart view = new EChart("block-chart-" + (++n), chart.title());
            view.setHeight("18rem");
            Map<String, java.util.List<Double>> series = new LinkedHashMap<>();
            for (BlockSeries s : chart.series()) {
                series.put(s.name(), s.values());
            }
            view.setOption(chart.kind() == BlockChart.Kind.BAR
                    ? ChartOptions.bar(chart.title(), chart.unit(), chart.categories(), series)
                    : ChartOptions.line(chart.title(), chart.unit(), chart.categories(), series));
            box.add(view);
        }
        if (!content.note().isBlank()) {
            Paragraph note = new Paragraph(content.note());
            note.getStyle().set("font-size", "var(--lumo-font-size-s, .875rem)");
            box.add(note);
        }
        return box;
    }

    static NativeTable table(BlockTable table) {
        NativeTable t = new NativeTable();
        t.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s, .875rem)");
        NativeTableRow head = new NativeTableRow();
        for (String h : table.headers()) {
            NativeTableHeaderCell th = new NativeTableHeaderCell(h);
            th.getElement().setAttribute("scope", "col");
            th.getStyle().set("text-align", "start").set("padding", "2px 6px").set("border-bottom", "1px solid #999");
            head.add(th);
        }
        NativeTableHeader header = new NativeTableHeader(head);
        NativeTableBody body = new NativeTableBody();
        for (java.util.List<BlockCell> row : table.rows()) {
            NativeTableRow tr = new NativeTableRow();
            for (BlockCell cell : row) {
                NativeTableCell td = new NativeTableCell();
                td.getStyle().set("padding", "2px 6px").set("vertical-align", "top");
                if (cell.colour() != null) {
                    Span dot = new Span();
                    dot.getStyle().set("display", "inline-block").set("width", ".8em").set("height", ".8em").set("border-radius", "50%")
                            .set("background", cell.colour()).set("margin-right", ".3em").set("border", "1px solid #555");
                    dot.getElement().setAttribute("aria-hidden", "true");
                    td.add(dot);
                }
                td.add(new Span(cell.text()));
                tr.add(td);
            }
            body.add(tr);
        }
        t.add(header, body);
        return t;
    }
}
