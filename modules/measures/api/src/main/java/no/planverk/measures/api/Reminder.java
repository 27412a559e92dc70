package no.planverk.measures.api;

import java.time.Instant;

/** A planner's reminder to report a measure for a period; it shows until the report is in. */
public record Reminder(long id, long measureId, String measureNumber, String measureTitle, ReportPeriod period, String sentBy,
        Instant sentAt) {
}
