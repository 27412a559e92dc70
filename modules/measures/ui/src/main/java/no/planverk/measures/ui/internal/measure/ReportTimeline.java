package no.planverk.measures.ui.internal.measure;

import static no.planverk.measures.ui.internal.MeasuresTexts.t;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Comparator;
import java.util.List;
import no.planverk.measures.api.StatusReport;
import no.planverk.measures.ui.internal.MeasureLabels;
import no.planverk.ui.api.Formats;

/** The measure's reports, newest period first (and the latest sent first within a period). */
public class ReportTimeline extends Grid<StatusReport> {

    private static final long serialVersionUID = 1L;

    public ReportTimeline() {
        setId("planverk-measure-reports");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(r -> MeasureLabels.period(r.period())).setHeader(t("report.period")).setKey("period").setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(r -> MeasureLabels.badge(r.status())).setHeader(t("report.status")).setKey("status").setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(r -> MeasureLabels.lightTag(r.light())).setHeader(t("report.light")).setKey("light").setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(r -> r.percent() + " %").setHeader(t("report.percent")).setKey("percent").setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> r.comment() == null ? "" : r.comment()).setHeader(t("report.comment")).setKey("comment").setFlexGrow(3);
        addColumn(r -> r.spentNok() == null ? "" : Formats.money(r.spentNok())).setHeader(t("report.spent")).setKey("spent")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> r.reportedBy() + ", " + Formats.dateTime(r.reportedAt())).setHeader(t("report.by")).setKey("by")
                .setAutoWidth(true).setFlexGrow(0);
        setEmptyStateText(t("report.none"));
    }

    /** @param reports oldest first, as the service gives them */
    public void show(List<StatusReport> reports) {
        setItems(reports.stream().sorted(Comparator.comparing(StatusReport::period).thenComparing(StatusReport::reportedAt)
                .thenComparingLong(StatusReport::id).reversed()).toList());
    }
}
