package no.planverk.consultation.ui.internal.consultation;

import static no.planverk.consultation.ui.internal.ConsultationTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import no.planverk.consultation.api.Assessment;
import no.planverk.consultation.api.Outcome;
import no.planverk.consultation.api.Submission;
import no.planverk.consultation.ui.internal.ConsultationTexts;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.TextLimit;

/** A submission as sent and the planner's assessment of it: summary, the municipality's assessment, outcome, the section it changed. */
final class AssessmentForm extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    final H3 heading = new H3();
    final Paragraph from = new Paragraph();
    final Paragraph text = new Paragraph();
    final TextArea summary = TextLimit.apply(new TextArea(t("assess.summary")), Assessment.SUMMARY_MAX);
    final TextArea assessment = TextLimit.apply(new TextArea(t("assess.assessment")), Assessment.ASSESSMENT_MAX);
    final Select<Outcome> outcome = new Select<>();
    final TextField changedSection = new TextField(t("assess.changedSection"));
    final Button save = new Button(t("assess.save"));
    private Submission current;

    AssessmentForm(Consumer<AssessmentForm> onSave) {
        setPadding(false);
        setId("consultation-assessment");
        heading.setId("consultation-assessment-heading");
        from.setId("consultation-assessment-from");
        text.setId("consultation-assessment-text");
        text.getStyle().set("white-space", "pre-wrap");
        outcome.setLabel(t("assess.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(ConsultationTexts::outcome);
        outcome.setId("consultation-assessment-outcome");
        changedSection.setHelperText(t("assess.changedSection.help"));
        changedSection.setId("consultation-assessment-section");
        summary.setId("consultation-assessment-summary");
        assessment.setId("consultation-assessment-text-field");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("consultation-assessment-save");
        save.addClickListener(e -> onSave.accept(this));
        FormLayout fields = new FormLayout(summary, assessment, outcome, changedSection);
        add(heading, from, text, fields, save);
        setVisible(false);
    }

    void edit(Submission s) {
        current = s;
        heading.setText(t("assess.heading", s.number()));
        String who = s.name() == null ? t("submitter.hidden") : s.name() + (s.organisation() == null ? "" : " (" + s.organisation() + ")");
        from.setText(t("assess.from", who, ConsultationTexts.channel(s.channel()), Formats.dateTime(s.receivedAt()),
                s.section() == null ? "–" : s.section()));
        text.setText(s.text());
        Assessment a = s.assessment();
        summary.setValue(a == null || a.summary() == null ? "" : a.summary());
        assessment.setValue(a == null || a.assessment() == null ? "" : a.assessment());
        outcome.setValue(a == null ? null : a.outcome());
        changedSection.setValue(a == null || a.changedSection() == null ? "" : a.changedSection());
        outcome.setInvalid(false);
        changedSection.setInvalid(false);
        setVisible(true);
    }

    Submission current() {
        return current;
    }

    Assessment value() {
        return new Assessment(summary.getValue(), assessment.getValue(), outcome.getValue(), changedSection.getValue());
    }

    boolean show(Map<String, String> problems) {
        outcome.setInvalid(problems.containsKey("outcome"));
        outcome.setErrorMessage(problems.get("outcome"));
        changedSection.setInvalid(problems.containsKey("changedSection"));
        changedSection.setErrorMessage(problems.get("changedSection"));
        return problems.containsKey("outcome") || problems.containsKey("changedSection");
    }
}
