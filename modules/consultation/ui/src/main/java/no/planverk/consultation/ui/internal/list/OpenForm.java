package no.planverk.consultation.ui.internal.list;

import static no.planverk.consultation.ui.internal.ConsultationTexts.t;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planverk.consultation.api.ConsultationDraft;
import no.planverk.consultation.api.Party;
import no.planverk.consultation.api.PartyKind;
import no.planverk.consultation.api.Subject;
import no.planverk.consultation.ui.internal.ConsultationTexts;
import no.planverk.consultation.ui.internal.PlanChoices;
import no.planverk.ui.api.NumberInput;
import no.planverk.ui.api.Pickers;
import no.planverk.ui.api.TextLimit;

/** The fields of a consultation: plan, plan or programme, title, period, frozen revision, introduction and parties notified (one per line). */
final class OpenForm extends FormLayout {

    private static final long serialVersionUID = 1L;
    final ComboBox<PlanChoices.PlanOption> plan = new ComboBox<>(t("form.plan"));
    final Select<Subject> subject = new Select<>();
    final TextField title = TextLimit.apply(new TextField(t("form.title")), ConsultationDraft.TITLE_MAX);
    final DatePicker opensOn = Pickers.date(t("form.opensOn"));
    final DatePicker closesOn = Pickers.date(t("form.closesOn"));
    /** Text, not a browser number field: "20x6" stays and is refused instead of becoming 206 (NumberInput). */
    final TextField revision = NumberInput.integer(t("form.revision"), 1, Integer.MAX_VALUE);
    final TextArea introduction = TextLimit.apply(new TextArea(t("form.introduction")), ConsultationDraft.INTRODUCTION_MAX);
    final TextArea organisations = new TextArea(t("form.parties.organisation"));
    final TextArea councils = new TextArea(t("form.parties.council"));
    final TextArea municipalities = new TextArea(t("form.parties.municipality"));

    OpenForm(PlanChoices plans) {
        plan.setItems(plans.all());
        plan.setItemLabelGenerator(PlanChoices.PlanOption::label);
        plan.setId("consultation-form-plan");
        subject.setLabel(t("form.subject"));
        subject.setItems(Subject.values());
        subject.setItemLabelGenerator(ConsultationTexts::subject);
        subject.setValue(Subject.PLAN);
        subject.setId("consultation-form-subject");
        title.setId("consultation-form-title");
        opensOn.setId("consultation-form-opens");
        closesOn.setId("consultation-form-closes");
        revision.setHelperText(t("form.revision.help"));
        revision.setId("consultation-form-revision");
        introduction.setId("consultation-form-introduction");
        for (TextArea a : List.of(organisations, councils, municipalities)) {
            a.setHelperText(t("form.parties.help"));
        }
        add(plan, subject, title, opensOn, closesOn, revision, introduction, organisations, councils, municipalities);
        setColspan(introduction, 2);
    }

    /** False when a field holds what is not a valid value (the field says why): nothing is sent then. */
    boolean valid() {
        return NumberInput.valid(revision);
    }

    ConsultationDraft draft() {
        List<Party> parties = new ArrayList<>();
        lines(organisations, PartyKind.ORGANISATION, parties);
        lines(councils, PartyKind.COUNCIL, parties);
        lines(municipalities, PartyKind.MUNICIPALITY, parties);
        return new ConsultationDraft(plan.getValue() == null ? 0 : plan.getValue().id(), subject.getValue(), title.getValue(),
                opensOn.getValue(), closesOn.getValue(), revision.getValue().isBlank() ? null : NumberInput.intValue(revision).longValue(),
                introduction.getValue(), parties);
    }

    /** Shows the service's messages on the fields they concern; true when one was shown. */
    boolean show(Map<String, String> problems) {
        title.setInvalid(false);
        closesOn.setInvalid(false);
        opensOn.setInvalid(false);
        plan.setInvalid(false);
        mark(problems.get("title"), title::setErrorMessage, title::setInvalid);
        mark(problems.get("opensOn"), opensOn::setErrorMessage, opensOn::setInvalid);
        mark(problems.get("closesOn"), closesOn::setErrorMessage, closesOn::setInvalid);
        mark(problems.get("planId"), plan::setErrorMessage, plan::setInvalid);
        return !problems.isEmpty();
    }

    void clear() {
        title.clear();
        introduction.clear();
        revision.clear();
        organisations.clear();
        councils.clear();
        municipalities.clear();
    }

    private static void mark(String message, java.util.function.Consumer<String> text, java.util.function.Consumer<Boolean> invalid) {
        if (message != null) {
            text.accept(message);
            invalid.accept(true);
        }
    }

    private static void lines(TextArea area, PartyKind kind, List<Party> out) {
        for (String line : area.getValue().split("\\R")) {
            if (!line.isBlank()) {
                out.add(new Party(kind, line.strip()));
            }
        }
    }
}
