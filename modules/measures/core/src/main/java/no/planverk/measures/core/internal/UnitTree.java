package no.planverk.measures.core.internal;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;

/** A unit with every unit below it, so a filter on "Helse og omsorg" finds the measures of its departments. */
final class UnitTree {

    private UnitTree() {
    }

    static Set<Long> withChildren(OrgUnitService units, long unitId) {
        return withChildren(units.list(), Set.of(unitId));
    }

    /** The units with these codes and every unit below them. */
    static Set<Long> ofCodes(OrgUnitService units, Collection<String> codes) {
        List<OrgUnit> all = units.list();
        Set<Long> roots = new HashSet<>();
        all.stream().filter(u -> codes.contains(u.code())).forEach(u -> roots.add(u.id()));
        return withChildren(all, roots);
    }

    static Set<Long> withChildren(List<OrgUnit> all, Set<Long> roots) {
        Set<Long> out = new HashSet<>(roots);
        Deque<Long> todo = new ArrayDeque<>(roots);
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
