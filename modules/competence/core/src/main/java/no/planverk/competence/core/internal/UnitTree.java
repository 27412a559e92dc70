package no.planverk.competence.core.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;

/** The organisation tree read once: a unit with every unit below it, so "Helse og omsorg" counts its departments. */
final class UnitTree {

    private final Map<Long, OrgUnit> byId = new HashMap<>();
    private final Map<Long, List<Long>> children = new HashMap<>();

    UnitTree(List<OrgUnit> units) {
        for (OrgUnit u : units) {
            byId.put(u.id(), u);
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new java.util.ArrayList<>()).add(u.id());
            }
        }
    }

    static UnitTree of(OrgUnitService units) {
        return new UnitTree(units.list());
    }

    /** The unit, or a 404 naming it. */
    OrgUnit unit(long id) {
        OrgUnit u = byId.get(id);
        if (u == null) {
            throw NotFoundException.of("Unit", id);
        }
        return u;
    }

    OrgUnit find(long id) {
        return byId.get(id);
    }

    List<OrgUnit> all() {
        return List.copyOf(byId.values());
    }

    /** The unit and every unit below it. */
    Set<Long> withChildren(long unitId) {
        Set<Long> out = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(unitId));
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            if (out.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return out;
    }

    /** The unit and the units above it, nearest first. */
    List<Long> upwards(long unitId) {
        List<Long> out = new java.util.ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Long id = unitId; id != null && seen.add(id); ) {
            out.add(id);
            OrgUnit u = byId.get(id);
            id = u == null ? null : u.parentId();
        }
        return out;
    }

    /** True when the unit, or a unit above it, has one of these codes. */
    boolean within(long unitId, Set<String> codes) {
        return upwards(unitId).stream().map(byId::get).anyMatch(u -> u != null && codes.contains(u.code()));
    }
}
