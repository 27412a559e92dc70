package no.planverk.plans.ui.internal.plan;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.ui.internal.PlanErrors;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;

/** A dialog for a new plan (status: under preparation); on success it hands the plan to {@code created}. */
public class PlanCreateDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient PlanService plans;
    private final transient Consumer<Plan> created;
    final PlanForm form;
    final Paragraph problem = new Paragraph();
    final Button save = new Button(t("plans.create"), VaadinIcon.CHECK.create());
    final Button cancel = new Button(t("action.cancel"));

    public PlanCreateDialog(PlanService plans, List<OrgUnit> units, Consumer<Plan> created) {
        this.plans = plans;
        this.created = created;
        this.form = new PlanForm(units, plans.all());
        setHeaderTitle(t("plans.new"));
        setWidth("min(56em, 95vw)");
        problem.setVisible(false);
        problem.getStyle().set("color", "var(--lumo-error-text-color, #b71c1c)");
        problem.getElement().setAttribute("role", "alert");
        add(new Paragraph(t("plans.new.help")), form, problem);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    void save() {
        problem.setVisible(false);
        Optional<PlanDraft> draft = form.write(List.of());
        if (draft.isEmpty()) {
            return;
        }
        try {
            Plan plan = plans.create(draft.get(), CurrentUser.require());
            close();
            PlanErrors.success(t("plans.created", plan.title()));
            created.accept(plan);
        } catch (InvalidInputException e) {
            List<String> rest = form.showErrors(e);
            if (!rest.isEmpty()) {
                showProblem(t("error.invalid", String.join("; ", rest)));
            }
        } catch (PlanverkException e) {
            showProblem(PlanErrors.message(e));
        }
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }
}
