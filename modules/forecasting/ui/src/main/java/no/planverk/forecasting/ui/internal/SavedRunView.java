package no.planverk.forecasting.ui.internal;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import java.util.List;
import java.util.stream.Collectors;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.RunLink;
import no.planverk.forecasting.api.SavedRun;
import no.planverk.forecasting.api.staircase.Staircase;
import no.planverk.forecasting.api.staircase.StaircaseService;
import no.planverk.forecasting.ui.internal.result.Downloads;
import no.planverk.forecasting.ui.internal.result.OutcomePanel;
import no.planverk.forecasting.ui.internal.staircase.StaircasePanel;
import no.planverk.forecasting.ui.internal.staircase.StepLabels;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Notices;

/**
 * A saved run at {@code forecasting/run/<id>}: what it was made of, its links, its outcome (computed again from
 * the inputs saved with it), and for planners rename, delete and the links' controls.
 */
public class SavedRunView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient ForecastService forecasts;
    private final transient ForecastCsv csv;
    private final transient StaircaseService staircase;
    H2 title;
    Button rename;
    Button delete;
    LinksPanel links;
    OutcomePanel outcome;
    StaircasePanel steps;
    private SavedRun run;

    public SavedRunView(ForecastService forecasts, ForecastCsv csv, StaircaseService staircase) {
        this.forecasts = forecasts;
        this.csv = csv;
        this.staircase = staircase;
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(id);
    }

    void show(long id) {
        removeAll();
        add(ForecastNav.bar(ForecastNav.SAVED));
        try {
            run = forecasts.savedRun(id);
        } catch (NotFoundException e) {
            run = null;
            title = new H2(t("saved.notFound"));
            add(title, new Paragraph(t("saved.notFound.help", id)), ForecastNav.link(ForecastNav.RUNS, "nav.runs", ""));
            return;
        }
        RunInfo info = run.info();
        title = new H2(info.name());
        title.setId("planverk-forecasting-saved-title");
        add(title);
        if (info.description() != null && !info.description().isBlank()) {
            add(new Paragraph(info.description()));
        }
        add(facts(info), model(info), inputs());
        boolean mayChange = ForecastNav.mayChange();
        rename = new Button(t("saved.rename"), VaadinIcon.EDIT.create(),
                e -> new NameDialog(t("saved.rename"), info.name(), info.description(), (n, d) -> update(n, d, info.links())).open());
        rename.setId("planverk-forecasting-saved-rename");
        delete = new Button(t("saved.delete"), VaadinIcon.TRASH.create(), e -> confirmDelete());
        delete.setId("planverk-forecasting-saved-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        rename.setVisible(mayChange);
        delete.setVisible(mayChange);
        add(new HorizontalLayout(rename, delete));
        links = new LinksPanel(info.links(), forecasts.linkKinds(), mayChange, forecasts::linkChoices, l -> update(info.name(), info.description(), l));
        Staircase stairs = staircase.staircase();
        outcome = new OutcomePanel(run.outcome(), csv, type -> stairs.stepOf(type)
                .map(s -> s.number() + " " + StepLabels.step(s)).orElse(t("housing.staircase.none")));
        steps = new StaircasePanel(info.id(), staircase.demand(run.outcome().result()), stairs);
        add(links, outcome, steps);
    }

    private Paragraph facts(RunInfo info) {
        String scenarios = info.scenarios().stream().map(Labels::scenario).collect(Collectors.joining(", "));
        Paragraph p = new Paragraph(t("saved.facts", String.valueOf(info.baseYear()), String.valueOf(info.horizon()), scenarios,
                Labels.time(info.created()), info.createdBy()));
        p.setId("planverk-forecasting-saved-facts");
        return p;
    }

    /** Which definition of delayed ageing the figures are computed with: the one the run was saved with. */
    private static Paragraph model(RunInfo info) {
        Paragraph p = new Paragraph(t("saved.model." + info.modelVersion().name(), String.valueOf(info.modelVersion().number())));
        p.setId("planverk-forecasting-saved-model");
        return p;
    }

    /** The inputs saved with the run, as CSV, so the run can be reproduced elsewhere, and where those from SSB came from. */
    private VerticalLayout inputs() {
        VerticalLayout sources = new VerticalLayout();
        sources.setPadding(false);
        sources.setSpacing(false);
        HorizontalLayout row = new HorizontalLayout();
        row.getStyle().set("flex-wrap", "wrap");
        row.add(new Paragraph(t("saved.inputs")));
        for (InputKind kind : InputKind.values()) {
            String content = run.inputs().get(kind);
            if (content != null && run.sources().get(kind) != null) {
                Span from = new Span(t("saved.source", Labels.kind(kind), Labels.source(run.sources().get(kind))));
                from.setId("planverk-forecasting-saved-source-" + kind.id());
                sources.add(from);
            }
            if (content != null) {
                Anchor a = new Anchor(Downloads.handler("prognose-" + run.info().id() + "-" + kind.id() + ".csv", () -> content),
                        AttachmentType.DOWNLOAD, Labels.kind(kind));
                a.setId("planverk-forecasting-saved-input-" + kind.id());
                row.add(a);
            }
        }
        VerticalLayout both = new VerticalLayout(row, sources);
        both.setPadding(false);
        return both;
    }

    private void update(String name, String description, List<RunLink> newLinks) {
        RunInfo info = run.info();
        try {
            forecasts.updateRun(info.id(), info.version(), name, description, newLinks, CurrentUser.require());
            Notices.success(t("saved.updated"));
        } catch (PlanverkException e) {
            Notices.show(e, ForecastTexts.TEXTS);
            return;
        }
        show(info.id());
    }

    private void confirmDelete() {
        RunInfo info = run.info();
        ConfirmDialog d = new ConfirmDialog(t("saved.delete.title"), t("saved.delete.text", info.name()), t("saved.delete"), e -> {
            try {
                forecasts.deleteRun(info.id(), info.version(), CurrentUser.require());
                Notices.success(t("saved.deleted", info.name()));
                UI.getCurrent().navigate(ForecastNav.RUNS);
            } catch (PlanverkException ex) {
                Notices.show(ex, ForecastTexts.TEXTS);
            }
        });
        d.setCancelable(true);
        d.setCancelText(t("action.cancel"));
        d.setConfirmButtonTheme("error primary");
        d.open();
    }

    @Override
    public String getPageTitle() {
        return (run == null ? t("saved.title") : run.info().name()) + " – Planverk";
    }
}
