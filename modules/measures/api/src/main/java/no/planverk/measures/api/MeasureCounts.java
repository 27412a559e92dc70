package no.planverk.measures.api;

import java.util.Map;

/** Counts for the dashboard: per status, per light of open measures, and how many are late or unfunded. */
public record MeasureCounts(long total, Map<MeasureStatus, Long> byStatus, Map<Light, Long> byLight, long late, long unfunded,
        long missingReports, ReportPeriod period) {
}
