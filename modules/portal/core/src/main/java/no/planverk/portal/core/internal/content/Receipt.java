package no.planverk.portal.core.internal.content;

import java.time.Instant;

/** What a citizen gets back: the submission's number in the consultation's register. */
public record Receipt(long consultationId, int number, Instant receivedAt) {
}
