package no.planverk.competence.api;

/**
 * One projected year of a category ({@code category} null for all categories together), in FTE:
 * {@code retirements} of today's staff reaching the retirement age; {@code leavers} leaving for other reasons while
 * staffing is held at today's level; {@code recruitmentNeed} = retirements + leavers; {@code projectedFte}: what is
 * left of today's staff without recruiting.
 */
public record RetirementYear(int year, Category category, double retirements, double leavers, double recruitmentNeed,
        double projectedFte) {
}
