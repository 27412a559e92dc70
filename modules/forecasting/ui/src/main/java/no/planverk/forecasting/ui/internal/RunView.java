package no.planverk.forecasting.ui.internal;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastOutcome;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.forecasting.ui.internal.result.OutcomePanel;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Notices;

/**
 * Run a forecast at {@code forecasting}: the form, then the result panels. A run the service refuses shows its
 * reason above the button and as a notice. Planners may save the run they see under a name.
 */
public class RunView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient ForecastService forecasts;
    private final transient ForecastCsv csv;
    final RunForm form;
    final Button run = new Button(t("run.run"), VaadinIcon.PLAY.create());
    final Button save = new Button(t("run.save"), VaadinIcon.DISC.create());
    final Paragraph problem = new Paragraph();
    final Div resultBox = new Div();
    OutcomePanel outcome;
    private RunSpec shown;

    public RunView(ForecastService forecasts, ForecastCsv csv) {
        this.forecasts = forecasts;
        this.csv = csv;
        this.form = new RunForm(forecasts, csv);
        setWidthFull();
        run.setId("planverk-forecasting-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> runForecast());
        save.setId("planverk-forecasting-save");
        save.setEnabled(false);
        save.setVisible(ForecastNav.mayChange());
        save.addClickListener(e -> new NameDialog(this::saveRun).open());
        problem.setId("planverk-forecasting-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color, #b00)");
        problem.setVisible(false);
        resultBox.setWidthFull();
        add(ForecastNav.bar(ForecastNav.RUN), new H2(t("run.title")), new Paragraph(t("run.help")));
        if (form.population.getListDataView().getItemCount() == 0 || form.serviceUsers.getListDataView().getItemCount() == 0) {
            add(noInputs());
        }
        add(form, problem, new HorizontalLayout(run, save), resultBox);
    }

    private Paragraph noInputs() {
        Paragraph p = new Paragraph(t("run.noInputs") + " ");
        p.setId("planverk-forecasting-no-inputs");
        Anchor a = new Anchor(ForecastNav.INPUTS, t("nav.inputs"));
        a.getElement().setAttribute("router-link", true);
        p.add(a);
        return p;
    }

    void runForecast() {
        problem.setVisible(false);
        var invalid = form.firstInvalid();
        if (invalid.isPresent()) {
            problem.setText(t("run.fixField", invalid.get().getLabel() + ": " + invalid.get().getErrorMessage()));
            problem.setVisible(true);
            invalid.get().focus();
            return;
        }
        try {
            RunSpec spec = form.spec();
            ForecastOutcome result = forecasts.run(spec);
            shown = spec;
            outcome = new OutcomePanel(result, csv);
            resultBox.removeAll();
            resultBox.add(outcome);
            save.setEnabled(true);
        } catch (PlanverkException e) {
            problem.setText(Notices.message(e, ForecastTexts.TEXTS));
            problem.setVisible(true);
            Notices.show(e, ForecastTexts.TEXTS);
        }
    }

    /** Saves the run shown (not what the form says now) and opens it. */
    void saveRun(String name, String description) {
        if (shown == null) {
            return;
        }
        try {
            RunInfo info = forecasts.saveRun(name, description, shown, CurrentUser.require());
            Notices.success(t("run.saved", info.name()));
            UI.getCurrent().navigate(ForecastNav.saved(info.id()));
        } catch (PlanverkException e) {
            Notices.show(e, ForecastTexts.TEXTS);
        }
    }

    /** Which kinds the form offers stored inputs of (for tests and the empty state). */
    int offered(InputKind kind) {
        return form.box(kind).getListDataView().getItemCount();
    }

    @Override
    public String getPageTitle() {
        return t("run.title") + " – Planverk";
    }
}
