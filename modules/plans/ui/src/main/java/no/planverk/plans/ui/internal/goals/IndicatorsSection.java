package no.planverk.plans.ui.internal.goals;

import static no.planverk.plans.ui.internal.goals.GoalTexts.t;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.Indicator;
import no.planverk.plans.api.IndicatorDraft;
import no.planverk.plans.api.IndicatorImport;
import no.planverk.plans.api.IndicatorService;
import no.planverk.plans.api.IndicatorValue;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.ServerTexts;

/** The indicators of the selected goal, with their status and trend; editors add, change and measure. */
public class IndicatorsSection extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;

    private final transient IndicatorService indicators;
    final H4 title = new H4();
    final Paragraph empty = new Paragraph();
    final Grid<Indicator> grid = new Grid<>();
    final Button add = new Button(t("indicator.add"), VaadinIcon.PLUS.create());
    final Button edit = new Button(t("action.edit"), VaadinIcon.EDIT.create());
    final Button delete = new Button(t("action.delete"), VaadinIcon.TRASH.create());
    final Button addActual = new Button(t("actual.add"), VaadinIcon.CHART_LINE.create());
    final Button importActuals = new Button(t("import.open"), VaadinIcon.UPLOAD.create());
    final Button fetchActuals = new Button(t("fetch.open"), VaadinIcon.DOWNLOAD.create());
    final Span fetchOff = new Span(t("fetch.off"));
    final Paragraph fetchNote = new Paragraph();
    final IndicatorForm form = new IndicatorForm();
    final ActualForm actualForm = new ActualForm();
    final ActualsUpload actualsUpload;
    ConfirmDialog confirm;
    private Goal goal;

    public IndicatorsSection(IndicatorService indicators, boolean canEdit) {
        this.indicators = indicators;
        this.actualsUpload = new ActualsUpload(indicators, imported -> {
            refresh();
            grid.select(imported);
        });
        grid.setId("planverk-indicators");
        grid.addColumn(Indicator::name).setHeader(t("indicator.name")).setKey("name").setFlexGrow(2);
        grid.addColumn(i -> i.unit() == null ? "" : i.unit()).setHeader(t("indicator.unit")).setKey("unit").setAutoWidth(true);
        grid.addColumn(i -> yearValue(i.baselineYear(), i.baselineValue())).setHeader(t("indicator.baseline")).setKey("baseline")
                .setAutoWidth(true);
        grid.addColumn(i -> yearValue(i.targetYear(), i.targetValue())).setHeader(t("indicator.target")).setKey("target")
                .setAutoWidth(true);
        grid.addColumn(IndicatorsSection::actuals).setHeader(t("indicator.actuals")).setKey("actuals").setFlexGrow(1);
        grid.addColumn(IndicatorsSection::source).setHeader(t("indicator.source")).setKey("source").setFlexGrow(1);
        grid.addComponentColumn(i -> Marks.status(i.status())).setHeader(t("indicator.status")).setKey("status").setAutoWidth(true);
        grid.addComponentColumn(TrendChart::component).setHeader(t("indicator.trend")).setKey("trend").setWidth("290px")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.add(title, empty, grid);
        if (canEdit) {
            add.addClickListener(e -> form.open(t("indicator.form.new"),
                    new IndicatorDraft(goal.id(), "", "", null, null, null, null, List.of()), null));
            edit.addClickListener(e -> selected().ifPresent(i -> form.open(t("indicator.form.edit", i.name()), i.toDraft(), i)));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.addClickListener(e -> selected().ifPresent(this::confirmDelete));
            addActual.addClickListener(e -> selected().ifPresent(actualForm::open));
            importActuals.addClickListener(e -> selected().ifPresent(actualsUpload::open));
            form.addSaveListener(e -> save(e.draft()));
            actualForm.addSaveListener(e -> addActual(actualForm.indicator(), e.value()));
            grid.asSingleSelect().addValueChangeListener(e -> updateButtons());
            root.addComponentAtIndex(2, new HorizontalLayout(add, edit, delete, addActual, importActuals, fetchActuals));
            configureFetch(root);
        }
        show(null);
    }

    /** "Hent frå SSB" for administrators: disabled, with the reason beside, while the server may not fetch. */
    private void configureFetch(VerticalLayout root) {
        boolean admin = CurrentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false);
        fetchActuals.setId("planverk-indicator-fetch");
        fetchActuals.setVisible(admin);
        fetchActuals.addClickListener(e -> selected().ifPresent(this::fetch));
        fetchOff.setId("planverk-indicator-fetch-off");
        fetchOff.setVisible(admin && !indicators.fetchEnabled());
        fetchNote.setId("planverk-indicator-fetch-note");
        fetchNote.getElement().setAttribute("aria-live", "polite");
        fetchNote.setVisible(false);
        root.addComponentAtIndex(3, fetchOff);
        root.addComponentAtIndex(4, fetchNote);
    }

    /** Fetches the indicator's table from SSB and says which years were added, changed and unchanged, or why not. */
    void fetch(Indicator i) {
        String note;
        try {
            IndicatorImport done = indicators.fetchActuals(i.id(), i.version(), CurrentUser.require());
            note = t("fetch.done", i.name(), ActualsUpload.years(done.added()), ActualsUpload.years(done.changed()),
                    ActualsUpload.years(done.unchanged()));
            refresh();
            grid.select(done.indicator());
        } catch (InvalidInputException e) {
            note = e.fieldMessages().isEmpty() ? Notices.message(e)
                    : e.fieldMessages().values().stream().map(ServerTexts::of).collect(Collectors.joining(" "));
        } catch (PlanverkException e) {
            note = Notices.message(e);
        }
        fetchNote.setText(note);
        fetchNote.setVisible(true);
    }

    /** Shows the indicators of this goal; null hides the section. */
    public void show(Goal g) {
        goal = g;
        setVisible(g != null);
        if (g == null) {
            grid.setItems(List.of());
            return;
        }
        title.setText(t("indicator.title", g.label()));
        refresh();
    }

    private void refresh() {
        List<Indicator> list = indicators.forGoal(goal.id());
        Indicator was = grid.asSingleSelect().getValue();
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        empty.setText(list.isEmpty() ? t("indicator.none") : "");
        empty.setVisible(list.isEmpty());
        if (was != null) {
            list.stream().filter(i -> i.id() == was.id()).findFirst().ifPresent(grid::select);
        }
        updateButtons();
    }

    private java.util.Optional<Indicator> selected() {
        return java.util.Optional.ofNullable(grid.asSingleSelect().getValue());
    }

    private void updateButtons() {
        boolean one = selected().isPresent();
        edit.setEnabled(one);
        delete.setEnabled(one);
        addActual.setEnabled(one);
        importActuals.setEnabled(one);
        fetchActuals.setEnabled(one && indicators.fetchEnabled());
    }

    void save(IndicatorDraft draft) {
        Indicator editing = form.editing();
        try {
            Indicator saved = editing == null ? indicators.create(draft, CurrentUser.require())
                    : indicators.update(editing.id(), editing.version(), draft, CurrentUser.require());
            form.close();
            Notices.success(t("indicator.saved", saved.name()));
            refresh();
            grid.select(saved);
        } catch (InvalidInputException e) {
            form.showErrors(e);
        } catch (StaleVersionException e) {
            form.showProblem(Notices.message(e));
            refresh();
        } catch (PlanverkException e) {
            form.showProblem(Notices.message(e));
        }
    }

    /** Adds the value for its year, replacing one already there for that year. */
    void addActual(Indicator ind, IndicatorValue value) {
        List<IndicatorValue> values = new ArrayList<>(ind.actuals());
        values.removeIf(v -> v.year() == value.year());
        values.add(value);
        IndicatorDraft d = ind.toDraft();
        IndicatorDraft draft = new IndicatorDraft(d.goalId(), d.name(), d.unit(), d.baselineYear(), d.baselineValue(),
                d.targetYear(), d.targetValue(), values, d.source());
        try {
            Indicator saved = indicators.update(ind.id(), ind.version(), draft, CurrentUser.require());
            actualForm.close();
            Notices.success(t("actual.saved", String.valueOf(value.year()), saved.name()));
            refresh();
            grid.select(saved);
        } catch (PlanverkException e) {
            actualForm.showProblem(Notices.message(e));
            if (e instanceof StaleVersionException) {
                refresh();
            }
        }
    }

    private void confirmDelete(Indicator ind) {
        confirm = new ConfirmDialog(t("indicator.delete.title"), t("indicator.delete.text", ind.name()),
                t("action.delete"), e -> delete(ind));
        confirm.setCancelable(true);
        confirm.setCancelText(t("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void delete(Indicator ind) {
        try {
            indicators.delete(ind.id(), ind.version(), CurrentUser.require());
            Notices.success(t("indicator.deleted", ind.name()));
            grid.asSingleSelect().clear();
        } catch (PlanverkException e) {
            Notices.show(e);
        }
        refresh();
    }

    static String yearValue(int year, double value) {
        return year + ": " + Marks.number(value);
    }

    /** The indicator's source and where its latest value came from ("manual" in words, with the import date). */
    static String source(Indicator i) {
        String named = i.source().isEmpty() ? "" : i.source().shown();
        String latest = i.latest().map(v -> v.manual() ? t("indicator.source.manual", String.valueOf(v.year()))
                : t("indicator.source.value", String.valueOf(v.year()), v.source(),
                        v.importedOn() == null ? "" : Formats.date(v.importedOn()))).orElse("");
        return named.isEmpty() ? latest : latest.isEmpty() ? named : named + " · " + latest;
    }

    static String actuals(Indicator i) {
        return i.actuals().stream().map(v -> yearValue(v.year(), v.value())).collect(Collectors.joining(" · "));
    }
}
