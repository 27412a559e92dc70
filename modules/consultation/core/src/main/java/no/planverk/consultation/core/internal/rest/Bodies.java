package no.planverk.consultation.core.internal.rest;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import no.planverk.consultation.api.Assessment;
import no.planverk.consultation.api.Attachment;
import no.planverk.consultation.api.ConsultationDraft;
import no.planverk.consultation.api.Outcome;
import no.planverk.consultation.api.Party;
import no.planverk.consultation.api.PartyKind;
import no.planverk.consultation.api.Subject;
import no.planverk.consultation.api.SubmissionDraft;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** JSON bodies of /api/v1/consultations: a draft's fields, with enums as their ids ("programme", "taken-in"), plus the version read. */
final class Bodies {

    private Bodies() {
    }

    record PartyBody(String kind, String name) {

        Party party() {
            return new Party(kind == null ? null : PartyKind.parse(kind).orElseThrow(() -> InvalidInputException.field("parties",
                    Message.of("consultation.api.partyKind", "a party''s kind is organisation, council or municipality, not ''{0}''", kind))),
                    name);
        }
    }

    record ConsultationBody(Long planId, String subject, String title, LocalDate opensOn, LocalDate closesOn, Long revisionId,
            String introduction, List<PartyBody> parties, Long version) {

        ConsultationDraft draft() {
            Subject s = subject == null ? null : Subject.parse(subject).orElseThrow(() -> InvalidInputException.field("subject",
                    Message.of("consultation.api.subject", "subject is plan or programme, not ''{0}''", subject)));
            return new ConsultationDraft(required(planId, "planId"), s, title, opensOn, closesOn, revisionId, introduction,
                    parties == null ? List.of() : parties.stream().map(p -> p == null ? new Party(null, null) : p.party()).toList());
        }
    }

    record AdoptedBody(LocalDate adoptedOn, Long version) {
    }

    record PublishBody(Boolean published, Long version) {
    }

    /** A submission; {@code attachment} is the PDF in base64, {@code attachmentName} its file name. */
    record SubmissionBody(String channel, String name, String organisation, String email, String text, String section, Boolean publishName,
            String attachmentName, String attachment) {

        SubmissionDraft draft() {
            Attachment file = null;
            if (attachment != null && !attachment.isBlank()) {
                try {
                    file = new Attachment(attachmentName, Base64.getMimeDecoder().decode(attachment));
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.field("attachment", Message.of("consultation.api.attachment",
                            "The attachment must be base64, not other text"));
                }
            }
            return new SubmissionDraft(name, organisation, email, text, section, Boolean.TRUE.equals(publishName), file);
        }
    }

    record AssessmentBody(String summary, String assessment, String outcome, String changedSection, Long version) {

        Assessment value() {
            Outcome o = outcome == null ? null : Outcome.parse(outcome).orElseThrow(() -> InvalidInputException.field("outcome",
                    Message.of("consultation.api.outcome", "outcome is taken-in, partly-taken-in, not-taken-in or noted, not ''{0}''", outcome)));
            return new Assessment(summary, assessment, o, changedSection);
        }
    }

    record SubmitterBody(String submitter) {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw InvalidInputException.field(field, Message.of("consultation.api.required", "The field {0} is missing", field));
        }
        return value;
    }
}
