package no.planverk.measures.api;

import java.util.List;
import no.planverk.plans.api.Ownership;

/**
 * A measure (tiltak) as stored, with its latest report. {@code planId} and {@code goalIds} point into the
 * plans module when it is installed; {@code planName} and {@code goalText} carry the same in free text
 * without it. {@code number} is unique within the plan. {@code originId} is the measure it was rolled
 * forward from.
 */
public record Measure(long id, Long planId, String planName, String number, String title, String description,
        List<Long> goalIds, String goalText, MeasureKind kind, Long carrierPlanId, String carrierText,
        Responsibility responsibility, List<Long> unitIds, String contact, Integer fromYear, Integer toYear,
        List<YearAmount> years, Ownership ownership, MeasureStatus status, int percent, Light light,
        ReportPeriod lastPeriod, String lastComment, Long originId, long version) {

    public Measure {
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
        years = years == null ? List.of() : List.copyOf(years);
    }

    /** True when some year of the action part has no money ({@link Funding#NOT_FUNDED}). */
    public boolean unfunded() {
        return years.stream().anyMatch(y -> y.funding() == Funding.NOT_FUNDED);
    }

    /** True when the measure is still open after its last year, or its light is red. */
    public boolean late(int currentYear) {
        return status.isOpen() && (light == Light.RED || toYear != null && toYear < currentYear);
    }

    /** The total cost over its years, in NOK. */
    public long totalCost() {
        return years.stream().mapToLong(y -> y.costNok() == null ? 0 : y.costNok()).sum();
    }

    public MeasureDraft draft() {
        return new MeasureDraft(planId, planName, number, title, description, goalIds, goalText, kind, carrierPlanId, carrierText,
                responsibility, unitIds, contact, fromYear, toYear, years, ownership);
    }
}
