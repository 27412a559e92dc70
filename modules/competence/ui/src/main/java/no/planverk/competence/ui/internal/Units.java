package no.planverk.competence.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;

/** The organisation tree read once per view: names, the units below a unit, and the top units among some. */
public final class Units {

    private final List<OrgUnit> all;
    private final Map<Long, OrgUnit> byId = new HashMap<>();
    private final Map<Long, List<OrgUnit>> children = new HashMap<>();

    public Units(List<OrgUnit> all) {
        this.all = all.stream().sorted(Comparator.comparing(OrgUnit::name)).toList();
        for (OrgUnit u : this.all) {
            byId.put(u.id(), u);
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
    }

    public static Units of(OrgUnitService service) {
        return new Units(service.list());
    }

    public List<OrgUnit> all() {
        return all;
    }

    public Optional<OrgUnit> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public String name(long id) {
        OrgUnit u = byId.get(id);
        return u == null ? "#" + id : u.name();
    }

    /** The unit and every unit below it, parents before children, siblings by name. */
    public List<Long> subtree(long id) {
        List<Long> out = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        walk(id, out, seen);
        return out;
    }

    private void walk(long id, List<Long> out, Set<Long> seen) {
        if (!seen.add(id)) {
            return;
        }
        out.add(id);
        for (OrgUnit c : children.getOrDefault(id, List.of())) {
            walk(c.id(), out, seen);
        }
    }

    /** The depth below the top of the tree (0 for a municipality), for indenting. */
    public int depth(long id) {
        int d = 0;
        OrgUnit u = byId.get(id);
        while (u != null && u.parentId() != null && d < 20) {
            u = byId.get(u.parentId());
            d++;
        }
        return d;
    }

    /** Of these units, those with no unit above them among the same ids. */
    public List<Long> tops(Set<Long> ids) {
        return ids.stream().filter(id -> {
            OrgUnit u = byId.get(id);
            for (Long p = u == null ? null : u.parentId(); p != null; p = byId.containsKey(p) ? byId.get(p).parentId() : null) {
                if (ids.contains(p)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    /** The units with these codes, by name. */
    public List<OrgUnit> byCodes(Set<String> codes) {
        return all.stream().filter(u -> codes.contains(u.code())).toList();
    }
}
