package no.planverk.consultation.api;

import java.time.Instant;

/**
 * A submission in the register, as planners see it: its number (1, 2, 3 … per consultation, without gaps), channel,
 * when it was received, the submitter's name, organisation and e-mail (null once erased, and for staff who are not
 * planners), the text, the section it concerns, consent to publish the name, the attachment's name and size (null
 * for none), the assessment (null until assessed), and whether the personal fields were erased.
 */
public record Submission(long id, long consultationId, int number, Channel channel, Instant receivedAt, String name,
        String organisation, String email, String text, String section, boolean publishName, String attachmentName,
        Integer attachmentSize, Assessment assessment, boolean erased, long version) {

    /** The same submission without the submitter's contact details (name only when it may be published). */
    public Submission withoutContact() {
        return new Submission(id, consultationId, number, channel, receivedAt, publishName ? name : null, publishName ? organisation : null,
                null, text, section, publishName, attachmentName, attachmentSize, assessment, erased, version);
    }
}
