package no.planverk.consultation.api;

import java.time.Instant;

/** The receipt of a submission: the consultation, the submission's number in its register and when it was received. */
public record Receipt(long consultationId, int number, Instant receivedAt) {
}
