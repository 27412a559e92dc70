package no.planverk.measures.api;

import java.util.LinkedHashMap;
import java.util.Map;
import no.planverk.platform.api.Fields;
import no.planverk.platform.api.InvalidInputException;

/**
 * A follow-up report for a period. A later report for the same period replaces the earlier one in the
 * measure's state; both stay in the history.
 */
public record ReportDraft(ReportPeriod period, MeasureStatus status, Integer percent, Light light, String comment, Long spentNok) {

    public static final int MAX_COMMENT = 2000;

    public ReportDraft validated() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (period == null) {
            errors.put("period", "Name the period (e.g. 2025-T2 or 2025)");
        }
        if (status == null) {
            errors.put("status", "Status is required");
        }
        if (light == null) {
            errors.put("light", "Choose a light: green, yellow or red");
        }
        int p = percent == null ? (status == MeasureStatus.COMPLETED ? 100 : 0) : percent;
        if (p < 0 || p > 100) {
            errors.put("percent", "Percent complete: 0 to 100, not " + p);
        }
        String c = Fields.trim(comment);
        Fields.checkLength(errors, "comment", c, MAX_COMMENT);
        if ((light == Light.RED || light == Light.YELLOW) && c == null) {
            errors.put("comment", "Say why the light is " + light.id() + " in a comment");
        }
        if (spentNok != null && (spentNok < 0 || spentNok > MeasureDraft.MAX_COST)) {
            errors.put("spentNok", "Spent: whole kroner from 0, not " + spentNok);
        }
        Fields.throwIfAny(errors, "The report");
        return new ReportDraft(period, status, p, light, c, spentNok);
    }
}
