package no.planverk.plans.api.document;

import java.util.List;

/**
 * A document's chapters and sections in reading order (depth first), with its latest revision, the draft it is on
 * (1 until the first freeze; editing after a freeze starts the next) and how the latest revision is frozen (or null).
 */
public record DocumentOutline(DocumentKey key, int revision, int draft, FreezeReason frozenAs, List<OutlineSection> sections) {

    public DocumentOutline {
        sections = List.copyOf(sections);
    }
}
