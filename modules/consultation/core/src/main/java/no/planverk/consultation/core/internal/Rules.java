package no.planverk.consultation.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.planverk.consultation.api.Assessment;
import no.planverk.consultation.api.Attachment;
import no.planverk.consultation.api.ConsultationDraft;
import no.planverk.consultation.api.Party;
import no.planverk.consultation.api.Phase;
import no.planverk.consultation.api.SubmissionDraft;
import no.planverk.platform.api.Fields;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** The consultation rules on input: dates, lengths, e-mail addresses, attachments, outcomes, the period of the public channel. */
final class Rules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern SECTION = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){0,4}");

    private Rules() {
    }

    /** The draft trimmed, or a 400 naming every bad field. */
    static ConsultationDraft consultation(ConsultationDraft d) {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (d == null) {
            throw new InvalidInputException(Message.of("consultation.draft.missing", "Send the consultation"));
        }
        String title = Fields.trim(d.title());
        if (title == null) {
            errors.put("title", Message.of("consultation.title.required", "Give the consultation a title"));
        }
        length(errors, "title", title, ConsultationDraft.TITLE_MAX);
        if (d.subject() == null) {
            errors.put("subject", Message.of("consultation.subject.required", "Say whether the plan or its planning programme is consulted on"));
        }
        if (d.opensOn() == null) {
            errors.put("opensOn", Message.of("consultation.opensOn.required", "Give the first day of the consultation"));
        }
        if (d.closesOn() == null) {
            errors.put("closesOn", Message.of("consultation.closesOn.required", "Give the closing date of the consultation"));
        }
        if (d.opensOn() != null && d.closesOn() != null && d.closesOn().isBefore(d.opensOn())) {
            errors.put("closesOn", Message.of("consultation.closesOn.beforeOpens", "The closing date {0} is before the first day {1}",
                    d.closesOn().toString(), d.opensOn().toString()));
        }
        String intro = Fields.trim(d.introduction());
        length(errors, "introduction", intro, ConsultationDraft.INTRODUCTION_MAX);
        List<Party> parties = new ArrayList<>();
        for (Party p : d.parties()) {
            String name = p == null ? null : oneLine(Fields.trim(p.name()));
            if (name == null || p.kind() == null) {
                errors.put("parties", Message.of("consultation.party.incomplete", "Every party notified needs a kind and a name"));
            } else {
                length(errors, "parties", name, ConsultationDraft.PARTY_MAX);
                parties.add(new Party(p.kind(), name));
            }
        }
        throwIfAny(errors, "consultation.invalid", "The consultation has errors");
        return new ConsultationDraft(d.planId(), d.subject(), title, d.opensOn(), d.closesOn(), d.revisionId(), intro, parties);
    }

    /** The submission trimmed, or a 400 naming every bad field; the attachment must be a PDF of at most 10 MB. */
    static SubmissionDraft submission(SubmissionDraft d) {
        if (d == null) {
            throw new InvalidInputException(Message.of("consultation.submission.missing", "Send the submission"));
        }
        Map<String, Message> errors = new LinkedHashMap<>();
        String name = oneLine(Fields.trim(d.name()));
        if (name == null) {
            errors.put("name", Message.of("consultation.name.required", "Write your name"));
        }
        length(errors, "name", name, SubmissionDraft.NAME_MAX);
        String organisation = oneLine(Fields.trim(d.organisation()));
        length(errors, "organisation", organisation, SubmissionDraft.NAME_MAX);
        String email = Fields.trim(d.email());
        if (email != null && (email.length() > SubmissionDraft.EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            errors.put("email", Message.of("consultation.email.invalid", "''{0}'' is not an e-mail address", shortened(email)));
        }
        String text = Fields.trim(d.text());
        if (text == null) {
            errors.put("text", Message.of("consultation.text.required", "Write what you want to say"));
        }
        length(errors, "text", text, SubmissionDraft.TEXT_MAX);
        String section = Fields.trim(d.section());
        length(errors, "section", section, SubmissionDraft.SECTION_MAX);
        Attachment file = d.attachment();
        if (file != null && (file.bytes() == null || file.bytes().length == 0)) {
            file = null;
        }
        if (file != null) {
            if (file.bytes().length > Attachment.MAX_BYTES) {
                errors.put("attachment", Message.of("consultation.attachment.tooLarge", "The attachment is {0} MB; at most 10 MB is allowed",
                        String.format(java.util.Locale.ROOT, "%.1f", file.bytes().length / (1024.0 * 1024.0))));
            } else if (!Attachment.looksLikePdf(file.bytes())) {
                errors.put("attachment", Message.of("consultation.attachment.notPdf", "The attachment is not a PDF file"));
            }
            String fileName = oneLine(Fields.trim(file.fileName()));
            fileName = fileName == null ? "vedlegg.pdf" : fileName.replaceAll("[\\\\/]", "_");
            if (fileName.length() > SubmissionDraft.NAME_MAX) {
                fileName = fileName.substring(fileName.length() - SubmissionDraft.NAME_MAX);
            }
            file = new Attachment(fileName, file.bytes());
        }
        throwIfAny(errors, "consultation.submission.invalid", "The submission has errors");
        return new SubmissionDraft(name, organisation, email, text, section, d.publishName(), file);
    }

    /** The assessment trimmed; the outcome is required, and a section it changed must look like "4.2". */
    static Assessment assessment(Assessment a) {
        if (a == null) {
            throw new InvalidInputException(Message.of("consultation.assessment.missing", "Send the assessment"));
        }
        Map<String, Message> errors = new LinkedHashMap<>();
        String summary = Fields.trim(a.summary());
        length(errors, "summary", summary, Assessment.SUMMARY_MAX);
        String text = Fields.trim(a.assessment());
        length(errors, "assessment", text, Assessment.ASSESSMENT_MAX);
        if (a.outcome() == null) {
            errors.put("outcome", Message.of("consultation.outcome.required",
                    "Choose the outcome: taken in, partly taken in, not taken in or noted"));
        }
        String changed = Fields.trim(a.changedSection());
        if (changed != null && !SECTION.matcher(changed).matches()) {
            errors.put("changedSection", Message.of("consultation.changedSection.invalid", "A section is written as 4 or 4.2, not ''{0}''",
                    shortened(changed)));
        }
        throwIfAny(errors, "consultation.assessment.invalid", "The assessment has errors");
        return new Assessment(summary, text, a.outcome(), changed);
    }

    /** Refuses a submission through the public channel outside the period, naming the dates. */
    static void requireOpen(Phase phase, LocalDate opensOn, LocalDate closesOn) {
        if (phase == Phase.CLOSED) {
            throw new InvalidInputException(Message.of("consultation.closed",
                    "The consultation closed on {0}; submissions are no longer received here", Dates.text(closesOn)));
        }
        if (phase == Phase.UPCOMING) {
            throw new InvalidInputException(Message.of("consultation.notOpen",
                    "The consultation opens on {0}; submissions are received from then until {1}", Dates.text(opensOn), Dates.text(closesOn)));
        }
    }

    private static void length(Map<String, Message> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, Message.of("consultation.tooLong", "At most {0} characters (now {1})", String.valueOf(max),
                    String.valueOf(value.length())));
        }
    }

    private static void throwIfAny(Map<String, Message> errors, String key, String english) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Message.of(key, english), errors);
        }
    }

    private static String oneLine(String s) {
        return s == null ? null : s.replaceAll("[\\r\\n\\t]+", " ");
    }

    private static String shortened(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
