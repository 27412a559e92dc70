package no.planverk.forecasting.ui.internal.inputs;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.Map;
import no.planverk.forecasting.api.InputInfo;
import no.planverk.forecasting.api.SsbFetchService;
import no.planverk.forecasting.ui.internal.ForecastTexts;
import no.planverk.forecasting.ui.internal.Labels;
import no.planverk.forecasting.ui.internal.NameDialog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Notices;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.TextLimit;

/**
 * An administrator fetches a population projection from SSB (when fetching is switched on): the table's number, an
 * optional selection, the input's name and, when the table has several, the region and alternative. The answer is read
 * as an uploaded file; why it failed (SSB not reachable, no such table, several regions) is shown in the dialog.
 */
final class SsbFetchDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private final transient SsbFetchService ssb;
    private final transient Runnable onSaved;
    final TextField table = new TextField(t("ssb.table"));
    final TextField selection = new TextField(t("ssb.selection"));
    final TextField name = new TextField(t("upload.name"));
    final TextField region = new TextField(t("upload.region"));
    final TextField series = new TextField(t("upload.series"));
    final Paragraph problem = new Paragraph();
    final Button fetch = new Button(t("ssb.fetch"));

    SsbFetchDialog(SsbFetchService ssb, Runnable onSaved) {
        this.ssb = ssb;
        this.onSaved = onSaved;
        setHeaderTitle(t("ssb.title"));
        table.setValue("14288");
        table.setRequired(true);
        table.setId("planverk-forecasting-ssb-table");
        selection.setHelperText(t("ssb.selection.help"));
        selection.setId("planverk-forecasting-ssb-selection");
        name.setRequired(true);
        name.setId("planverk-forecasting-ssb-name");
        TextLimit.apply(name, NameDialog.MAX_NAME);
        region.setHelperText(t("upload.region.help"));
        series.setHelperText(t("upload.series.help"));
        FormLayout form = new FormLayout(table, name, selection, region, series);
        form.setColspan(selection, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setWidth("min(44em, 90vw)");
        problem.setId("planverk-forecasting-ssb-problem");
        problem.setVisible(false);
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color, #b71c1c)");
        add(new Paragraph(t("ssb.help", ssb.baseUrl())), form, problem);
        fetch.setId("planverk-forecasting-ssb-fetch");
        fetch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fetch.addClickListener(e -> fetch());
        getFooter().add(new Button(t("action.cancel"), e -> close()), fetch);
    }

    void fetch() {
        if (!TextLimit.check(name, NameDialog.MAX_NAME)) {
            return;
        }
        Map<String, String> choices = new HashMap<>();
        choices.put("region", region.getValue());
        choices.put("series", series.getValue());
        try {
            InputInfo info = ssb.fetchPopulation(table.getValue(), selection.getValue(), name.getValue(), null, choices, CurrentUser.require());
            Notices.success(t("ssb.fetched", info.name(), Labels.source(info.source())));
            close();
            onSaved.run();
        } catch (PlanverkException e) {
            // SSB's reasons (not reachable, no such table, several regions) say themselves what to do
            problem.setText(e instanceof InvalidInputException ? ServerTexts.of(e) : Notices.message(e, ForecastTexts.TEXTS));
            problem.setVisible(true);
        }
    }
}
