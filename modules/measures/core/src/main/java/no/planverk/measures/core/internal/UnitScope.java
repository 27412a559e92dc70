package no.planverk.measures.core.internal;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.platform.api.OrgUnitService;

/**
 * The unit filters of a query as ids. {@code units}: the unit filter with every unit below it (null: no unit
 * filter). {@code municipality}: the municipality's units (null: no municipality filter); a measure without units
 * belongs to it unless its plan is owned outside it ({@code plansElsewhere}).
 */
public record UnitScope(Set<Long> units, Set<Long> municipality, Set<Long> plansElsewhere) {

    static final UnitScope NONE = new UnitScope(null, null, Set.of());

    static UnitScope of(MeasureQuery q, OrgUnitService orgUnits, PlanDirectory directory) {
        if (q.unitId() == null && q.municipalityId() == null) {
            return NONE;
        }
        Set<Long> units = q.unitId() == null ? null : orgUnits.subtree(q.unitId());
        if (q.municipalityId() == null) {
            return new UnitScope(units, null, Set.of());
        }
        Set<Long> municipality = orgUnits.subtree(q.municipalityId());
        Map<Long, Long> owners = directory == null ? Map.of() : directory.planOwners();
        Set<Long> elsewhere = owners.entrySet().stream().filter(e -> !municipality.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        return new UnitScope(units, municipality, elsewhere);
    }
}
