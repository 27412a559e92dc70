package no.planverk.measures.ui.internal.measure;

import static no.planverk.measures.ui.internal.MeasuresTexts.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureFacts;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.ReportDraft;
import no.planverk.measures.ui.internal.MeasureErrors;
import no.planverk.measures.ui.internal.MeasureLabels;
import no.planverk.measures.ui.internal.MeasureNav;
import no.planverk.measures.ui.internal.MeasuresView;
import no.planverk.measures.ui.internal.UnitNames;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.ui.api.CurrentUser;

/**
 * One measure at {@code measures/measure/<id>}: a header with its state, the edit form, the report form
 * and the report timeline. Users who may not edit the measure (see {@link MeasureService#canEdit}) see
 * the form read-only and no report form. A failed save keeps the input; a stale version says so.
 */
public class MeasureView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient MeasureService measures;
    private final transient OrgUnitService units;
    private final transient PlanDirectory directory;
    private final transient Supplier<List<MeasureFacts>> factSources;
    // built again for each measure: Vaadin keeps the view when only the id in the address changes
    H2 title;
    HorizontalLayout facts;
    MeasureForm form;
    Button save;
    Button cancel;
    Button edit;
    Div text;
    HorizontalLayout editActions;
    Button delete;
    ReportForm report;
    ReportTimeline timeline;
    ConfirmDialog confirm;
    Paragraph problem;
    private Measure measure;
    private boolean canEdit;

    public MeasureView(MeasureService measures, OrgUnitService units, PlanDirectory directory) {
        this(measures, units, directory, List::of);
    }

    public MeasureView(MeasureService measures, OrgUnitService units, PlanDirectory directory,
            Supplier<List<MeasureFacts>> factSources) {
        this.measures = measures;
        this.units = units;
        this.directory = directory;
        this.factSources = factSources;
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(id);
    }

    void show(long id) {
        removeAll();
        add(MeasureNav.bar(MeasureNav.MEASURE));
        Optional<Measure> found = measures.find(id);
        if (found.isEmpty()) {
            measure = null;
            add(new H2(t("measure.notFound")), new Paragraph(t("measure.notFound.help", id)));
            return;
        }
        measure = found.get();
        canEdit = measures.canEdit(measure, CurrentUser.require());
        title = new H2();
        title.setId("planverk-measure-title");
        facts = new HorizontalLayout();
        facts.setAlignItems(FlexComponent.Alignment.CENTER);
        facts.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout header = new HorizontalLayout(title);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setFlexGrow(1, title);
        delete = new Button(t("measure.delete"), VaadinIcon.TRASH.create());
        form = new MeasureForm(units.list(), directory);
        form.read(measure);
        save = new Button(t("action.save"), VaadinIcon.CHECK.create());
        cancel = new Button(t("action.cancel"));
        edit = new Button(t("measure.editButton"), VaadinIcon.EDIT.create());
        text = new Div();
        problem = new Paragraph();
        problem.setVisible(false);
        problem.getStyle().set("color", "var(--lumo-error-text-color, #b71c1c)");
        problem.getElement().setAttribute("role", "alert");
        timeline = new ReportTimeline();
        showHeader();
        add(MeasureCrumbs.of(measure, directory), header, facts);
        MeasureFactList.of(factSources.get(), measure.id()).ifPresent(this::add);
        add(new H3(t("measure.details")));
        if (canEdit) {
            add(edit); // under its heading, above the values: in sight without scrolling past them
        }
        add(text);
        if (canEdit) {
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            cancel.addClickListener(e -> showText());
            edit.setId("planverk-measure-edit");
            edit.addClickListener(e -> startEdit());
            editActions = new HorizontalLayout(save, cancel);
            add(form, editActions, problem);
            report = new ReportForm(measures.currentPeriod());
            report.reset(measure);
            report.onSend(this::report);
            add(new H3(t("report.title")), report);
        } else {
            add(new Paragraph(t("measure.readOnly")));
        }
        add(new H3(t("report.timeline")), timeline);
        timeline.show(measures.reports(measure.id()));
        showText();
        if (canEdit) {
            // away from Save and Rediger: at the end of the page, quiet, and confirmed by name
            delete.setId("planverk-measure-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.addClickListener(e -> confirmDelete());
            HorizontalLayout end = new HorizontalLayout(delete);
            end.setWidthFull();
            end.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
            end.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct, #e6e6e6)").set("margin-top", "var(--lumo-space-l, 2rem)");
            add(end);
        }
    }

    /** The values as text; the form (for editors) waits hidden. */
    private void showText() {
        text.removeAll();
        text.add(MeasureText.of(measure, directory, new UnitNames(units.list())));
        text.setVisible(true);
        edit.setVisible(canEdit);
        form.setVisible(false);
        problem.setVisible(false);
        if (editActions != null) {
            editActions.setVisible(false);
        }
    }

    /** "Rediger": the form in place of the text, with the stored values. */
    void startEdit() {
        form.read(measure);
        text.setVisible(false);
        edit.setVisible(false);
        form.setVisible(true);
        editActions.setVisible(true);
    }

    boolean editing() {
        return form.isVisible();
    }

    private void showHeader() {
        title.setText(measure.number() + " " + measure.title());
        facts.removeAll();
        String plan = MeasuresView.planNames(directory).apply(measure);
        facts.add(new Span(plan), MeasureLabels.badge(measure.status()), MeasureLabels.lightTag(measure.light()),
                new Span(t("measure.percentDone", measure.percent())), MeasureLabels.flags(measure, MeasureLabels.currentYear()));
        if (measure.lastPeriod() != null) {
            facts.add(new Span(t("measure.lastReport", MeasureLabels.period(measure.lastPeriod()))));
        }
    }

    void save() {
        problem.setVisible(false);
        Optional<MeasureDraft> draft = form.write();
        if (draft.isEmpty()) {
            return;
        }
        try {
            measure = measures.update(measure.id(), measure.version(), draft.get(), CurrentUser.require());
            form.read(measure);
            showHeader();
            showText();
            MeasureErrors.success(t("measure.saved", measure.number()));
        } catch (InvalidInputException e) {
            List<String> rest = form.showErrors(e);
            if (!rest.isEmpty()) {
                showProblem(t("error.invalid", String.join("; ", rest)));
            }
        } catch (StaleVersionException e) {
            // the input stays in the form, so the user can copy it after reloading
            showProblem(t("error.stale"));
            MeasureErrors.show(e);
        } catch (PlanverkException e) {
            showProblem(MeasureErrors.message(e));
        }
    }

    void report(ReportDraft draft) {
        try {
            measure = measures.report(measure.id(), measure.version(), draft, CurrentUser.require());
            showHeader();
            report.reset(measure);
            timeline.show(measures.reports(measure.id()));
            MeasureErrors.success(t("report.sent", MeasureLabels.period(draft.period())));
        } catch (InvalidInputException e) {
            if (!report.showErrors(e)) {
                MeasureErrors.show(e);
            }
        } catch (PlanverkException e) {
            MeasureErrors.show(e);
        }
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    private void confirmDelete() {
        confirm = new ConfirmDialog(t("measure.delete.title"), t("measure.delete.text", measure.number(), measure.title()),
                t("measure.delete"), e -> delete());
        confirm.setCancelable(true);
        confirm.setCancelText(t("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void delete() {
        try {
            measures.delete(measure.id(), measure.version(), CurrentUser.require());
            MeasureErrors.success(t("measure.deleted", measure.number()));
            UI.getCurrent().navigate(MeasureNav.GRID);
        } catch (PlanverkException e) {
            MeasureErrors.show(e);
        }
    }

    Measure measure() {
        return measure;
    }

    @Override
    public String getPageTitle() {
        return (measure == null ? t("measure.notFound") : measure.number() + " " + measure.title()) + " – Planverk";
    }
}
