package no.planverk.competence.core.internal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.CategoryGap;
import no.planverk.competence.api.Gap;
import no.planverk.competence.api.GapReport;
import no.planverk.competence.api.Position;
import no.planverk.competence.api.Requirement;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;

/**
 * gap = required − available for each requirement, against the positions of its unit and the units below:
 * required = max(minFte, minShare × the unit's FTE), available = FTE of the positions that meet the category.
 */
public final class Gaps {

    private Gaps() {
    }

    public static GapReport report(Integer year, List<Requirement> requirements, List<Position> positions, OrgUnitService org) {
        List<Gap> gaps = new ArrayList<>();
        for (Requirement r : requirements) {
            OrgUnit unit = org.find(r.unitId()).orElse(null);
            if (unit != null) {
                gaps.add(gap(r, unit, positions, org.subtree(r.unitId())));
            }
        }
        gaps.sort(Comparator.comparing(Gap::unitName).thenComparing(Gap::category));
        return new GapReport(year, gaps, byCategory(gaps));
    }

    static Gap gap(Requirement r, OrgUnit unit, List<Position> positions, Set<Long> units) {
        double unitFte = 0;
        double available = 0;
        for (Position p : positions) {
            if (units.contains(p.unitId())) {
                unitFte += p.fte();
                if (p.category().meets(r.category())) {
                    available += p.fte();
                }
            }
        }
        double required = Math.max(r.minFte() == null ? 0 : r.minFte(), r.minShare() == null ? 0 : r.minShare() * unitFte);
        return Gap.of(r, unit.code(), unit.name(), unitFte, required, available);
    }

    static List<CategoryGap> byCategory(List<Gap> gaps) {
        Map<Category, double[]> sums = new EnumMap<>(Category.class);
        for (Gap g : gaps) {
            double[] s = sums.computeIfAbsent(g.category(), c -> new double[3]);
            s[0] += g.requiredFte();
            s[1] += g.availableFte();
            s[2] += Math.max(0, g.gap());
        }
        return sums.entrySet().stream().map(e -> new CategoryGap(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }
}
