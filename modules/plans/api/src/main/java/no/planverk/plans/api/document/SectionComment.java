package no.planverk.plans.api.document;

import java.time.Instant;

/**
 * An internal comment on a section; {@code replyTo} names the thread's first comment for a reply. A thread is
 * resolved or reopened as a whole (on its first comment). Comments never appear in exports or on the portal.
 */
public record SectionComment(long id, long sectionId, Long replyTo, String author, Instant at, String text, boolean resolved,
        String resolvedBy, Instant resolvedAt, long version) {
}
