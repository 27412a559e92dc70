package no.planverk.plans.core.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;

/** A unit with every unit below it: a filter on a municipality finds the plans its sectors own. */
final class UnitTree {

    private UnitTree() {
    }

    /** Null (no filter) for no unit; otherwise the unit and all below it. */
    static Set<Long> withChildren(OrgUnitService units, Long unitId) {
        if (unitId == null) {
            return null;
        }
        List<OrgUnit> all = units.list();
        Set<Long> out = new HashSet<>(Set.of(unitId));
        Deque<Long> todo = new ArrayDeque<>(out);
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            for (OrgUnit u : all) {
                if (id.equals(u.parentId()) && out.add(u.id())) {
                    todo.push(u.id());
                }
            }
        }
        return out;
    }
}
