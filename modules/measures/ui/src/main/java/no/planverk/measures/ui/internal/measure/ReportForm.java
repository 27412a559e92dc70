package no.planverk.measures.ui.internal.measure;

import static no.planverk.measures.ui.internal.MeasuresTexts.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.measures.api.ReportDraft;
import no.planverk.measures.api.ReportPeriod;
import no.planverk.measures.ui.internal.MeasureLabels;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.NumberInput;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.TextLimit;

/**
 * A follow-up report: period (the current one by default), status, percent complete, the light with a
 * comment (required for yellow and red) and what was spent. The view sends the draft to the service.
 */
public class ReportForm extends FormLayout {

    private static final long serialVersionUID = 1L;

    final ComboBox<ReportPeriod> period = new ComboBox<>(t("report.period"));
    final ComboBox<MeasureStatus> status = new ComboBox<>(t("report.status"));
    final TextField percent = NumberInput.integer(t("report.percent"), 0, 100);
    final RadioButtonGroup<Light> light = new RadioButtonGroup<>(t("report.light"));
    final TextArea comment = new TextArea(t("report.comment"));
    final TextField spent = new TextField(t("report.spent"));
    final Button send = new Button(t("report.send"), VaadinIcon.CHECK.create());
    private final ReportPeriod current;
    private final Map<String, HasValidation> byField;

    public ReportForm(ReportPeriod current) {
        this.current = current;
        period.setItems(periods(current));
        period.setItemLabelGenerator(MeasureLabels::period);
        period.setAllowCustomValue(true);
        period.setHelperText(t("report.period.help"));
        period.addCustomValueSetListener(e -> {
            try {
                ReportPeriod p = ReportPeriod.parse(e.getDetail());
                period.setValue(p);
                period.setInvalid(false);
            } catch (InvalidInputException ex) {
                period.setErrorMessage(t("report.period.bad"));
                period.setInvalid(true);
            }
        });
        status.setItems(MeasureStatus.values());
        status.setItemLabelGenerator(MeasureLabels::status);
        percent.setSuffixComponent(new Span("%"));
        light.setItems(Light.values());
        light.setRenderer(new ComponentRenderer<>(MeasureLabels::lightTag));
        comment.setHelperText(t("report.comment.help"));
        TextLimit.apply(comment, ReportDraft.MAX_COMMENT);
        comment.setMinHeight("5em");
        spent.setSuffixComponent(new Span("kr"));
        spent.getElement().setAttribute("inputmode", "numeric"); // letters are typed and refused, never dropped
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        period.setId("planverk-report-period");
        status.setId("planverk-report-status");
        percent.setId("planverk-report-percent");
        light.setId("planverk-report-light");
        comment.setId("planverk-report-comment");
        spent.setId("planverk-report-spent");
        send.setId("planverk-report-send");
        byField = Map.of("period", period, "status", status, "percent", percent, "light", light, "comment", comment, "spentNok", spent);
        add(period, status, percent, light, comment, spent, send);
        setColspan(comment, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    /** The current period, the five before it and the next one. */
    static List<ReportPeriod> periods(ReportPeriod current) {
        List<ReportPeriod> out = new ArrayList<>();
        ReportPeriod p = next(current, 1);
        for (int i = 0; i < 7; i++) {
            out.add(p);
            p = next(p, -1);
        }
        return out;
    }

    private static ReportPeriod next(ReportPeriod p, int step) {
        if (p.wholeYear()) {
            return ReportPeriod.year(p.year() + step);
        }
        int index = p.year() * 3 + p.part() - 1 + step;
        return new ReportPeriod(index / 3, index % 3 + 1);
    }

    /** Empties the form for the next report, starting from the measure's state now. */
    public void reset(Measure m) {
        period.setValue(current);
        status.setValue(m.status());
        NumberInput.set(percent, m.percent());
        light.setValue(m.light());
        comment.clear();
        spent.clear();
        clearErrors();
    }

    public void onSend(Consumer<ReportDraft> listener) {
        send.addClickListener(e -> write().ifPresent(listener));
    }

    /** The report, or empty when a field fails the form's own checks (shown on the fields). */
    Optional<ReportDraft> write() {
        clearErrors();
        // "2x0" stays in the field, marked, instead of being read as 20
        if (!NumberInput.valid(percent) | !TextLimit.check(comment, ReportDraft.MAX_COMMENT)) {
            return Optional.empty();
        }
        Long spentNok;
        try {
            spentNok = YearRows.parse(spent.getValue());
        } catch (NumberFormatException e) {
            fieldError(spent, t("year.cost.bad"));
            return Optional.empty();
        }
        ReportDraft draft = new ReportDraft(period.getValue(), status.getValue(), NumberInput.intValue(percent), light.getValue(),
                comment.getValue(), spentNok);
        try {
            return Optional.of(draft.validated());
        } catch (InvalidInputException e) {
            showErrors(e);
            return Optional.empty();
        }
    }

    /** Shows the service's field errors; true when all had a field. */
    public boolean showErrors(PlanverkException e) {
        if (!(e instanceof InvalidInputException ie) || ie.fieldMessages().isEmpty()) {
            return false;
        }
        boolean all = true;
        for (var entry : ie.fieldMessages().entrySet()) {
            HasValidation f = byField.get(entry.getKey());
            if (f == null) {
                all = false;
            } else {
                fieldError(f, message(entry.getKey(), entry.getValue()));
            }
        }
        return all;
    }

    /** Our own words for the rules the form knows; the service's otherwise. */
    private static String message(String field, no.planverk.platform.api.Message service) {
        String serviceText = ServerTexts.of(service);
        return switch (field) {
            case "comment" -> "measures.report.comment.required".equals(service.key()) ? t("report.comment.required") : serviceText;
            case "light" -> t("report.light.required");
            case "status" -> t("report.status.required");
            case "period" -> t("report.period.bad");
            case "percent" -> t("report.percent.bad");
            default -> serviceText;
        };
    }

    private static void fieldError(HasValidation f, String message) {
        f.setErrorMessage(message);
        f.setInvalid(true);
    }

    void clearErrors() {
        byField.values().forEach(f -> f.setInvalid(false));
    }
}
