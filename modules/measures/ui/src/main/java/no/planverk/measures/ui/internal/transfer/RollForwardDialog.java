package no.planverk.measures.ui.internal.transfer;

import static no.planverk.measures.ui.internal.transfer.TransferTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.RollForward;
import no.planverk.measures.ui.internal.MeasureLabels;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Notices;
import no.planverk.ui.api.NumberInput;
import no.planverk.ui.api.ServerTexts;

/**
 * Roll-forward (rullering) of an action part: the open measures of one plan are copied into another plan or
 * action part for new years. Shows what was copied and which numbers were skipped because they are there already.
 */
class RollForwardDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient MeasureService measures;
    final PlanChoice from;
    final PlanChoice to;
    final TextField fromYear = NumberInput.integer(t("roll.fromYear"), 1900, 2200);
    final TextField toYear = NumberInput.integer(t("roll.toYear"), 1900, 2200);
    final Paragraph created = new Paragraph();
    final Paragraph skipped = new Paragraph();
    final Paragraph problem = new Paragraph();
    final Button run = new Button(t("roll.run"), VaadinIcon.FORWARD.create());
    final Button close = new Button(t("roll.close"));
    RollForward.Result result;

    RollForwardDialog(MeasureService measures, PlanDirectory directory, PlanChoice current) {
        this.measures = measures;
        this.from = new PlanChoice(directory, t("roll.from"), "planverk-measures-roll-from");
        this.to = new PlanChoice(directory, t("roll.to"), "planverk-measures-roll-to");
        from.set(current);
        int next = MeasureLabels.currentYear() + 1;
        NumberInput.set(fromYear, next);
        NumberInput.set(toYear, next + 3);
        setHeaderTitle(t("roll.title"));
        setWidth("min(44em, 95vw)");
        FormLayout form = new FormLayout(from.field(), to.field(), fromYear, toYear);
        form.setColspan(from.field(), 2);
        form.setColspan(to.field(), 2);
        created.setId("planverk-measures-roll-created");
        skipped.setId("planverk-measures-roll-skipped");
        problem.setId("planverk-measures-roll-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color, #b71c1c)");
        problem.getElement().setAttribute("role", "alert");
        created.getElement().setAttribute("aria-live", "polite");
        for (Paragraph p : List.of(created, skipped, problem)) {
            p.setVisible(false);
        }
        add(new Paragraph(t("roll.help")), form, created, skipped, problem);
        run.setId("planverk-measures-roll-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> run());
        close.addClickListener(e -> close());
        getFooter().add(close, run);
    }

    void run() {
        clear();
        // "20x6" stays as typed, marked, instead of rolling into year 206
        if (!NumberInput.valid(fromYear) | !NumberInput.valid(toYear)) {
            return;
        }
        if (fromYear.getValue().isBlank() || toYear.getValue().isBlank()) {
            (fromYear.getValue().isBlank() ? fromYear : toYear).setErrorMessage(t("roll.year.required"));
            (fromYear.getValue().isBlank() ? fromYear : toYear).setInvalid(true);
            return;
        }
        RollForward request = new RollForward(from.id(), from.typed(), to.id(), to.typed(), NumberInput.intValue(fromYear),
                NumberInput.intValue(toYear));
        try {
            result = measures.rollForward(request, CurrentUser.require());
        } catch (InvalidInputException e) {
            showErrors(e);
            return;
        } catch (PlanverkException e) {
            showProblem(Notices.message(e, TransferTexts.TEXTS));
            return;
        }
        show(result);
    }

    private void show(RollForward.Result r) {
        List<String> numbers = r.created().stream().map(Measure::number).toList();
        created.setText(numbers.isEmpty() ? t(r.skipped().isEmpty() ? "roll.created.noneOpen" : "roll.created.none") : t("roll.created", numbers.size(), to.label(),
                fromYear.getValue().strip(), toYear.getValue().strip(), String.join(", ", numbers)));
        created.setVisible(true);
        skipped.setText(t("roll.skipped", r.skipped().size(), String.join(", ", r.skipped())));
        skipped.setVisible(!r.skipped().isEmpty());
        if (!numbers.isEmpty()) {
            Notices.success(t("roll.done", numbers.size()));
        }
    }

    /** The service's field errors on the fields, in the planner's words; anything else under the form. */
    private void showErrors(InvalidInputException e) {
        List<String> rest = new ArrayList<>();
        for (Map.Entry<String, no.planverk.platform.api.Message> f : e.fieldMessages().entrySet()) {
            switch (f.getKey()) {
                case "fromPlanId", "fromPlanName" -> from.error(t("roll.from.required"));
                case "toPlanId", "toPlanName" -> to.error(to.empty() ? t("roll.to.required") : t("roll.to.same"));
                case "fromYear", "toYear" -> {
                    toYear.setErrorMessage(t("roll.years.bad"));
                    toYear.setInvalid(true);
                }
                default -> rest.add(ServerTexts.of(f.getValue()));
            }
        }
        if (e.fieldMessages().isEmpty()) {
            rest.add(ServerTexts.of(e));
        }
        if (!rest.isEmpty()) {
            showProblem(t("error.invalid", String.join("; ", rest)));
        }
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    private void clear() {
        result = null;
        from.error(null);
        to.error(null);
        fromYear.setInvalid(false);
        toYear.setInvalid(false);
        for (Paragraph p : List.of(created, skipped, problem)) {
            p.setVisible(false);
        }
    }
}
