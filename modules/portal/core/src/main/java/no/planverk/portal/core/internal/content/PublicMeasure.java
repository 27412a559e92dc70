package no.planverk.portal.core.internal.content;

import java.util.List;

/**
 * A measure of a published plan: number, title, status, the current light (green, yellow, red or null when never
 * reported), the period of the latest follow-up and its text. No contact person and no reporter.
 */
public record PublicMeasure(long id, String number, String title, String status, String light, int percent, Integer fromYear,
        Integer toYear, String lastPeriod, String lastFollowUp, List<Long> goalIds) {

    public PublicMeasure {
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
    }
}
