package no.planverk.measures.api;

import java.util.LinkedHashMap;
import java.util.Map;
import no.planverk.platform.api.Fields;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/**
 * A follow-up report for a period. A later report for the same period replaces the earlier one in the
 * measure's state; both stay in the history.
 */
public record ReportDraft(ReportPeriod period, MeasureStatus status, Integer percent, Light light, String comment, Long spentNok) {

    public static final int MAX_COMMENT = 2000;

    public ReportDraft validated() {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (period == null) {
            errors.put("period", Message.of("measures.report.period.required", "Name the period (e.g. 2025-T2 or 2025)"));
        }
        if (status == null) {
            errors.put("status", Message.of("measures.report.status.required", "Status is required"));
        }
        if (light == null) {
            errors.put("light", Message.of("measures.report.light.required", "Choose a light: green, yellow or red"));
        }
        int p = percent == null ? (status == MeasureStatus.COMPLETED ? 100 : 0) : percent;
        if (p < 0 || p > 100) {
            errors.put("percent", Message.of("measures.report.percent", "Percent complete: 0 to 100, not {0}", String.valueOf(p)));
        }
        String c = Fields.trim(comment);
        Problems.checkLength(errors, "comment", c, MAX_COMMENT, "measures.report.comment.tooLong");
        if ((light == Light.RED || light == Light.YELLOW) && c == null) {
            errors.put("comment", Message.of("measures.report.comment.required", "Say why the light is {0} in a comment", light.id()));
        }
        if (spentNok != null && (spentNok < 0 || spentNok > MeasureDraft.MAX_COST)) {
            errors.put("spentNok", Message.of("measures.report.spent", "Spent: whole kroner from 0, not {0}", String.valueOf(spentNok)));
        }
        Problems.throwIfAny(errors, "measures.report.invalid", "The report");
        return new ReportDraft(period, status, p, light, c, spentNok);
    }
}
