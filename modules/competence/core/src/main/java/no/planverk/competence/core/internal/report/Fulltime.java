package no.planverk.competence.core.internal.report;

import java.util.Collection;
import no.planverk.competence.api.FulltimeStats;
import no.planverk.competence.api.Position;
import no.planverk.platform.api.OrgUnit;

/** Full-time share, average position size, FTE and temporary share of a set of positions, counted one by one. */
final class Fulltime {

    private Fulltime() {
    }

    static FulltimeStats stats(OrgUnit unit, int year, Collection<Position> positions) {
        int count = 0;
        int full = 0;
        int temporary = 0;
        double percentSum = 0;
        for (Position p : positions) {
            count += p.count();
            full += p.fullTime() ? p.count() : 0;
            temporary += p.temporary() ? p.count() : 0;
            percentSum += p.count() * p.percent();
        }
        return new FulltimeStats(unit.id(), unit.code(), unit.name(), year, count, full, share(full, count), count == 0 ? 0 : percentSum / count,
                percentSum / 100.0, share(temporary, count));
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
