package no.planverk.measures.api;

import java.util.List;

/**
 * The annual follow-up report of a plan: its measures grouped by goal, each with its state at the end of
 * the year (the year's last report), its cost in the year and what was reported spent.
 */
public record FollowUpReport(Long planId, String planName, int year, List<Section> sections, Totals totals) {

    /** Measures serving one goal ({@code goalId} null: measures without a goal). */
    public record Section(Long goalId, String goalCode, String goalText, List<Line> lines) {
    }

    /** One measure in the report; {@code report} is null when nothing was reported that year. */
    public record Line(Measure measure, StatusReport report, long costNok, long spentNok) {
    }

    public record Totals(int measures, int completed, int reported, long costNok, long spentNok) {
    }
}
