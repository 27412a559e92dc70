package no.planverk.plans.api.document;

import no.planverk.platform.api.StaleVersionException;

/**
 * A section was saved by someone else since the editor loaded it (HTTP 409): carries the text that was sent and the
 * section as it is stored now, so the editor shows both and nothing is lost.
 */
public class SectionConflictException extends StaleVersionException {
    private static final long serialVersionUID = 1L;

    private final String yourHeading;
    private final String yourMarkdown;
    private final transient DocumentSection current;

    public SectionConflictException(String yourHeading, String yourMarkdown, DocumentSection current) {
        super("Section", current.id());
        this.yourHeading = yourHeading;
        this.yourMarkdown = yourMarkdown;
        this.current = current;
    }

    /** The heading that was sent. */
    public String yourHeading() {
        return yourHeading;
    }

    /** The text that was sent. */
    public String yourMarkdown() {
        return yourMarkdown;
    }

    /** The section as stored now, with the version to save against. */
    public DocumentSection current() {
        return current;
    }
}
