package no.planverk.portal.core.internal.content;

/**
 * One submission in a published merknadsbehandling. {@code submitter} and {@code organisation} are null unless the
 * submitter consented to publication; {@code outcome} is the consultation api's id (taken-in, noted...) or null.
 */
public record PublicAssessment(int number, String submitter, String organisation, String section, String summary, String assessment,
        String outcome, String changedSection) {
}
