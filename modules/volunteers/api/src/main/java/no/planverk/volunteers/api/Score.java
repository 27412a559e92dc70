package no.planverk.volunteers.api;

/**
 * How well a volunteer fits an assignment, 0-100: skills (40), interests (15), availability (25), preferred
 * unit (10) and preferred step (10). See the module README for the rules.
 */
public record Score(int skills, int interests, int availability, int unit, int step) {

    public int total() {
        return skills + interests + availability + unit + step;
    }
}
