package no.planverk.plans.api.document;

import java.time.Instant;

/**
 * One revision of a document, numbered 1, 2, 3 … per document: what changed (the section and its heading then),
 * who and when, the draft it belongs to and, for a freeze, why. Revisions never change once written.
 */
public record DocumentRevision(int number, int draft, RevisionAction action, Long sectionId, String heading, String by,
        Instant at, FreezeReason frozenAs) {
}
