package no.planverk.consultation.api;

import java.util.List;

/** The merknadsbehandling of a consultation: every submission with summary, assessment and outcome, by number. */
public record AssessmentReport(PublicConsultation consultation, List<AssessmentRow> rows, boolean published) {

    public AssessmentReport {
        rows = List.copyOf(rows);
    }
}
