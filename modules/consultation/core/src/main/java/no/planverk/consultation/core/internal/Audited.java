package no.planverk.consultation.core.internal;

import java.time.LocalDate;
import no.planverk.consultation.api.Consultation;
import no.planverk.consultation.api.Submission;

/**
 * What the audit trail keeps: of a consultation its plan, subject, period and flags; of a submission its number,
 * channel, outcome and whether it has an attachment, never the submitter's name, organisation, e-mail or text (the
 * trail is not erased with them).
 */
public final class Audited {

    private Audited() {
    }

    record ConsultationFacts(long id, long planId, String subject, LocalDate opensOn, LocalDate closesOn, Long revisionId, int parties,
            boolean assessmentPublished, LocalDate adoptedOn) {
    }

    record SubmissionFacts(long id, long consultationId, int number, String channel, boolean publishName, boolean attachment,
            String outcome, String changedSection, boolean erased) {
    }

    public static ConsultationFacts of(Consultation c) {
        return c == null ? null : new ConsultationFacts(c.id(), c.planId(), c.subject().id(), c.opensOn(), c.closesOn(), c.revisionId(),
                c.parties().size(), c.assessmentPublished(), c.adoptedOn());
    }

    public static SubmissionFacts of(Submission s) {
        return s == null ? null : new SubmissionFacts(s.id(), s.consultationId(), s.number(), s.channel().id(), s.publishName(),
                s.attachmentSize() != null, s.assessment() == null || s.assessment().outcome() == null ? null : s.assessment().outcome().id(),
                s.assessment() == null ? null : s.assessment().changedSection(), s.erased());
    }
}
