package no.planverk.platform.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The units as {@link OrgUnitService#list()} gave them once, with each unit's children; read-only. */
final class OrgUnitSnapshot implements OrgUnitService {

    private final List<OrgUnit> units;
    private final Map<Long, OrgUnit> byId = new HashMap<>();
    private final Map<Long, List<Long>> children = new HashMap<>();

    OrgUnitSnapshot(List<OrgUnit> units) {
        this.units = List.copyOf(units);
        for (OrgUnit u : this.units) {
            byId.put(u.id(), u);
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u.id());
            }
        }
    }

    @Override
    public List<OrgUnit> list() {
        return units;
    }

    @Override
    public Optional<OrgUnit> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<OrgUnit> findByCode(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    @Override
    public Set<Long> subtree(Collection<Long> unitIds) {
        Set<Long> out = new HashSet<>(unitIds);
        Deque<Long> todo = new ArrayDeque<>(out);
        while (!todo.isEmpty()) {
            for (Long child : children.getOrDefault(todo.pop(), List.of())) {
                if (out.add(child)) {
                    todo.push(child);
                }
            }
        }
        return out;
    }

    @Override
    public Set<Long> subtreeOfCodes(Collection<String> codes) {
        return subtree(units.stream().filter(u -> codes.contains(u.code())).map(OrgUnit::id).toList());
    }

    @Override
    public List<Long> ancestors(long unitId) {
        List<Long> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Long id = unitId; id != null && seen.add(id); ) {
            out.add(id);
            OrgUnit u = byId.get(id);
            id = u == null ? null : u.parentId();
        }
        return out;
    }

    @Override
    public OrgUnitService snapshot() {
        return this;
    }

    @Override
    public OrgUnit create(OrgUnitDraft draft, UserContext by) {
        throw new UnsupportedOperationException("a snapshot of the units is read-only");
    }

    @Override
    public OrgUnit update(long id, long version, OrgUnitDraft draft, UserContext by) {
        throw new UnsupportedOperationException("a snapshot of the units is read-only");
    }

    @Override
    public void delete(long id, long version, UserContext by) {
        throw new UnsupportedOperationException("a snapshot of the units is read-only");
    }
}
