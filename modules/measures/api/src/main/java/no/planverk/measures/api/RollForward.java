package no.planverk.measures.api;

import java.util.List;

/**
 * Roll-forward (rullering) of a plan's action part: every open measure of {@code fromPlanId} is copied into
 * {@code toPlanId} (the same plan or its successor) for the years {@code fromYear}-{@code toYear}, keeping a
 * link to the original ({@link Measure#originId()}) and its reports. The originals are left as they are.
 */
public record RollForward(Long fromPlanId, String fromPlanName, Long toPlanId, String toPlanName, int fromYear, int toYear) {

    /** What a roll-forward did: the new measures, and the numbers skipped because they exist in the target. */
    public record Result(List<Measure> created, List<String> skipped) {
    }
}
