package no.planverk.volunteers.api;

/** Filters for the assignment list: a unit (with the units below it), only open ones, a step. Nulls mean any. */
public record AssignmentQuery(Long unitId, boolean openOnly, Integer step) {

    public static AssignmentQuery all() {
        return new AssignmentQuery(null, false, null);
    }
}
