package no.planverk.measures.api;

import java.time.Instant;

/** A unit's follow-up of a measure for one period. {@code spentNok} is what was spent in the period. */
public record StatusReport(long id, long measureId, ReportPeriod period, MeasureStatus status, int percent, Light light,
        String comment, Long spentNok, String reportedBy, Instant reportedAt) {
}
