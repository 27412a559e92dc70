package no.planverk.consultation.api;

/**
 * A submission (innspel) as sent: the submitter's name, organisation and e-mail (both optional), the text, the chapter
 * or section it concerns ("3.2", optional), whether the name may be published, and an optional PDF attachment.
 */
public record SubmissionDraft(String name, String organisation, String email, String text, String section, boolean publishName,
        Attachment attachment) {

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int TEXT_MAX = 50_000;
    public static final int SECTION_MAX = 40;
}
