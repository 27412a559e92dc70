package no.planverk.volunteers.api;

import java.util.List;

/**
 * A step of the volunteers' staircase (1..4: the four categories of the activity and mastery staircase, seed 004
 * chapter 4.1) with the names of the municipality's staircase steps in that category, bottom up. The names come from
 * the forecasting module's reference data through a {@link StepDirectory}; without it (or for a category with no
 * steps) the list is empty and the step is shown by its number.
 */
public record StepLabel(int step, List<String> staircaseSteps) {

    public static final int FIRST = 1;
    public static final int LAST = 4;

    public StepLabel {
        staircaseSteps = staircaseSteps == null ? List.of() : List.copyOf(staircaseSteps);
    }

    /** True when the staircase's reference data names the steps in this category. */
    public boolean named() {
        return !staircaseSteps.isEmpty();
    }
}
