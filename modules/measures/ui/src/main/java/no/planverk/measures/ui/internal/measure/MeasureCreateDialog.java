package no.planverk.measures.ui.internal.measure;

import static no.planverk.measures.ui.internal.MeasuresTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.ui.internal.MeasureErrors;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.CurrentUser;

/** A dialog for a new measure (status planned); a unit leader's units are chosen from the start. */
public class MeasureCreateDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient MeasureService measures;
    private final transient Consumer<Measure> created;
    final MeasureForm form;
    final Paragraph problem = new Paragraph();
    final Button save = new Button(t("measures.create"), VaadinIcon.CHECK.create());
    final Button cancel = new Button(t("action.cancel"));

    public MeasureCreateDialog(MeasureService measures, List<OrgUnit> units, PlanDirectory directory, Consumer<Measure> created) {
        this.measures = measures;
        this.created = created;
        this.form = new MeasureForm(units, directory);
        UserContext user = CurrentUser.require();
        form.units.setValue(new HashSet<>(units.stream().filter(u -> user.units().contains(u.code())).toList()));
        setHeaderTitle(t("measures.new"));
        setWidth("min(60em, 95vw)");
        problem.setVisible(false);
        problem.getStyle().set("color", "var(--lumo-error-text-color, #b71c1c)");
        problem.getElement().setAttribute("role", "alert");
        add(new Paragraph(t("measures.new.help")), form, problem);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    void save() {
        problem.setVisible(false);
        Optional<MeasureDraft> draft = form.write();
        if (draft.isEmpty()) {
            return;
        }
        try {
            Measure m = measures.create(draft.get(), CurrentUser.require());
            close();
            MeasureErrors.success(t("measures.created", m.number(), m.title()));
            created.accept(m);
        } catch (InvalidInputException e) {
            List<String> rest = form.showErrors(e);
            if (!rest.isEmpty()) {
                showProblem(t("error.invalid", String.join("; ", rest)));
            }
        } catch (PlanverkException e) {
            showProblem(MeasureErrors.message(e));
        }
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }
}
