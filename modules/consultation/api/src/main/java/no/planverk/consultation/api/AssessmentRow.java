package no.planverk.consultation.api;

/**
 * One submission in the merknadsbehandling: its number, the submitter (the name, and organisation, only when
 * allowed to be published or when a planner reads; else null), the section it concerns, the summary, the assessment,
 * the outcome (null when not yet assessed) and the section it changed.
 */
public record AssessmentRow(int number, String submitter, String organisation, Channel channel, String section, String summary,
        String assessment, Outcome outcome, String changedSection) {
}
