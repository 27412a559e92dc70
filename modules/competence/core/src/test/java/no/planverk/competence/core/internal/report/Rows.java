package no.planverk.competence.core.internal.report;

import no.planverk.competence.api.Category;
import no.planverk.competence.api.Position;

/** Register rows for the pure calculations' tests. */
final class Rows {

    private Rows() {
    }

    static Position row(long unitId, Category c, double percent, int count, int ageFrom, int ageTo) {
        return new Position(0, unitId, 2025, c, percent, count, ageFrom, ageTo, false, null, false, null, null, null, 0);
    }

    static Position temporary(long unitId, Category c, double percent) {
        return new Position(0, unitId, 2025, c, percent, 1, 30, 30, true, null, false, null, null, null, 0);
    }
}
