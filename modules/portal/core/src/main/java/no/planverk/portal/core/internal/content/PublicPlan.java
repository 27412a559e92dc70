package no.planverk.portal.core.internal.content;

import java.time.LocalDate;

/**
 * A plan as the portal shows it: no staff names (the plan's responsible person is left out), no internal notes.
 * {@code type} and {@code status} are the plans api's ids (kommunedelplan, in-force).
 */
public record PublicPlan(long id, String code, String type, String title, Integer periodFrom, Integer periodTo, String status,
        LocalDate decisionDate, String decisionRef, String documentUrl, String description) {

    /** "2018–2028", "2021–" or "". */
    public String period() {
        if (periodFrom == null && periodTo == null) {
            return "";
        }
        return (periodFrom == null ? "" : periodFrom) + "–" + (periodTo == null ? "" : periodTo);
    }
}
