package no.planverk.plans.api.document;

import java.time.Instant;

/**
 * A section as the editor loads it: its place, heading and Markdown text (live blocks as marker lines, see
 * {@link BlockMarkers}), the version to send back when saving, and who changed it last.
 */
public record DocumentSection(long id, DocumentKey key, Long parentId, String number, int level, int position, String heading,
        String markdown, long version, String changedBy, Instant changedAt) {
}
