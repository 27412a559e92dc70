package no.planverk.competence.ui.internal.sector;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;
import static no.planverk.competence.ui.internal.GapSection.number;
import static no.planverk.competence.ui.internal.GapSection.style;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import no.planverk.competence.api.Benchmark;
import no.planverk.competence.api.FulltimeService;
import no.planverk.competence.ui.internal.Errors;
import no.planverk.competence.ui.internal.Labels;
import no.planverk.competence.ui.internal.Rights;
import no.planverk.competence.ui.internal.Units;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Notices;

/**
 * The targets and national figures full-time culture is held against, in a collapsed section: everyone reads them,
 * planners add, edit and delete them.
 */
public final class BenchmarkSection extends Details {

    private static final long serialVersionUID = 1L;
    private final transient FulltimeService fulltime;
    private final transient Units units;
    private final transient Runnable changed;
    public final Grid<Benchmark> grid = new Grid<>();
    public final Button add = new Button(t("bench.add"), VaadinIcon.PLUS.create());
    private final boolean mayChange;

    public BenchmarkSection(FulltimeService fulltime, Units units, Runnable changed) {
        this.fulltime = fulltime;
        this.units = units;
        this.changed = changed;
        this.mayChange = Rights.canChangeBenchmarks(CurrentUser.require());
        setId("planverk-competence-benchmarks");
        setSummaryText(t("bench.title"));
        grid.setId("planverk-competence-benchmark-grid");
        grid.addColumn(b -> t("bench.kind." + b.kind().id())).setHeader(t("bench.kind")).setKey("kind").setWidth("10em")
                .setFlexGrow(0);
        grid.addColumn(b -> Integer.toString(b.year())).setHeader(t("col.year")).setKey("year").setWidth("5em").setFlexGrow(0);
        grid.addColumn(b -> b.unitId() == null ? t("bench.unit.all") : units.name(b.unitId())).setHeader(t("col.unit")).setKey("unit")
                .setWidth("12em").setFlexGrow(1);
        number(grid.addColumn(b -> Labels.share(b.fullTimeShare())).setHeader(t("col.fullTimeShare")).setKey("share"));
        number(grid.addColumn(b -> Labels.percent(b.averagePercent())).setHeader(t("col.averagePercent")).setKey("average"));
        grid.addColumn(b -> b.source() == null ? "" : b.source()).setHeader(t("bench.source")).setKey("source").setFlexGrow(3);
        if (mayChange) {
            grid.addComponentColumn(this::actions).setHeader(t("col.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(t("bench.empty"));
        style(grid);
        add.setId("planverk-competence-benchmark-add");
        add.setVisible(mayChange);
        add.addClickListener(e -> open(null));
        VerticalLayout body = new VerticalLayout(new Paragraph(t("bench.help")), add, grid);
        body.setPadding(false);
        add(body);
        setWidthFull();
        refresh();
    }

    void refresh() {
        try {
            grid.setItems(fulltime.benchmarks().stream().sorted(Comparator.comparing(Benchmark::kind).thenComparing(Benchmark::year,
                    Comparator.reverseOrder())).toList());
        } catch (PlanverkException e) {
            Errors.show(e);
        }
    }

    private HorizontalLayout actions(Benchmark b) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(b));
        edit.setId("planverk-competence-benchmark-edit-" + b.id());
        edit.getElement().setAttribute("aria-label", t("bench.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(b));
        delete.setId("planverk-competence-benchmark-delete-" + b.id());
        delete.getElement().setAttribute("aria-label", t("bench.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button x : List.of(edit, delete)) {
            x.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            x.getElement().setAttribute("title", x.getElement().getAttribute("aria-label"));
        }
        HorizontalLayout h = new HorizontalLayout(edit, delete);
        h.setSpacing(false);
        return h;
    }

    void open(Benchmark b) {
        new BenchmarkDialog(fulltime, units.all(), Year.now().getValue(), b, saved -> {
            Notices.success(t("bench.saved"));
            refresh();
            changed.run();
        }).open();
    }

    private void confirmDelete(Benchmark b) {
        ConfirmDialog d = new ConfirmDialog(t("bench.delete"), t("bench.delete.text", t("bench.kind." + b.kind().id()), b.year()),
                t("action.delete"), e -> {
                    try {
                        fulltime.delete(b.id(), b.version(), CurrentUser.require());
                        Notices.success(t("bench.deleted"));
                        refresh();
                        changed.run();
                    } catch (PlanverkException ex) {
                        Errors.show(ex);
                    }
                }, t("action.cancel"), e -> { });
        d.setConfirmButtonTheme("error primary");
        d.open();
    }
}
