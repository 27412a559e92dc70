package no.planverk.competence.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;

/**
 * What the views offer a user, by the rules the competence services enforce (module README, "Who may do what"): planners
 * and admins change every unit, unit leaders their units and the units below; personal fields are for admins and the
 * unit's leaders. The API has no "may I?" call, so the views ask this and the services still decide.
 */
public final class Rights {

    private final Map<Long, OrgUnit> units = new HashMap<>();

    public Rights(List<OrgUnit> all) {
        all.forEach(u -> units.put(u.id(), u));
    }

    /** Change the register, requirements and competence measures of the unit; read its register rows. */
    public boolean canEdit(long unitId, UserContext user) {
        return user.has(Role.PLANNER) || leaderOf(unitId, user);
    }

    /** See and erase personal fields (employee number, name, birth year). */
    public boolean canSeePersonal(long unitId, UserContext user) {
        return user.roles().contains(Role.ADMIN) || leaderOf(unitId, user);
    }

    /** Planners and admins change the benchmarks (targets and national figures). */
    public static boolean canChangeBenchmarks(UserContext user) {
        return user.has(Role.PLANNER);
    }

    private boolean leaderOf(long unitId, UserContext user) {
        if (!user.roles().contains(Role.UNIT_LEADER) || user.units().isEmpty()) {
            return false;
        }
        return upwards(unitId).stream().map(units::get).anyMatch(u -> u != null && user.units().contains(u.code()));
    }

    /** The unit and those above it, nearest first. */
    public List<Long> upwards(long unitId) {
        List<Long> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Long id = unitId; id != null && seen.add(id); ) {
            out.add(id);
            OrgUnit u = units.get(id);
            id = u == null ? null : u.parentId();
        }
        return out;
    }

    /** The units the user may change, in the order given. */
    public List<OrgUnit> editable(List<OrgUnit> all, UserContext user) {
        return all.stream().filter(u -> canEdit(u.id(), user)).toList();
    }
}
