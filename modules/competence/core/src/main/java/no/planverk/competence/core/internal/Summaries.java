package no.planverk.competence.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.CategoryCount;
import no.planverk.competence.api.Position;
import no.planverk.competence.api.WorkforceSummary;
import no.planverk.platform.api.OrgUnit;

/** Positions counted per category: what readers see instead of the rows. A row is aged 55+ by its band's first age. */
final class Summaries {

    static final int OLDER = 55;

    private Summaries() {
    }

    static WorkforceSummary of(OrgUnit unit, int year, Collection<Position> positions) {
        Map<Category, int[]> counts = new EnumMap<>(Category.class);
        Map<Category, Double> fte = new EnumMap<>(Category.class);
        int total = 0;
        int older = 0;
        double totalFte = 0;
        for (Position p : positions) {
            int[] c = counts.computeIfAbsent(p.category(), k -> new int[4]);
            c[0] += p.count();
            c[1] += p.ageFrom() >= OLDER ? p.count() : 0;
            c[2] += p.temporary() ? p.count() : 0;
            c[3] += p.furtherEducation() != null ? p.count() : 0;
            fte.merge(p.category(), p.fte(), Double::sum);
            total += p.count();
            older += p.ageFrom() >= OLDER ? p.count() : 0;
            totalFte += p.fte();
        }
        List<CategoryCount> categories = new ArrayList<>();
        counts.forEach((cat, c) -> categories.add(new CategoryCount(cat, c[0], fte.get(cat), c[1], c[2], c[3])));
        return new WorkforceSummary(unit.id(), unit.code(), unit.name(), year, total, totalFte, older, categories);
    }
}
