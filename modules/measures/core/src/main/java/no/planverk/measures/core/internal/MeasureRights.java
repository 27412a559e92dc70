package no.planverk.measures.core.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;

/**
 * Who may edit and report a measure: admins and planners every measure; unit leaders the measures that one
 * of their units, or a unit below it, answers for.
 */
public final class MeasureRights {

    private final OrgUnitService units;

    MeasureRights(OrgUnitService units) {
        this.units = units;
    }

    boolean canEdit(Collection<Long> unitIds, UserContext user) {
        if (user.has(Role.PLANNER)) {
            return true;
        }
        if (!user.roles().contains(Role.UNIT_LEADER) || user.units().isEmpty()) {
            return false;
        }
        return unitIds.stream().anyMatch(id -> within(id, user.units()));
    }

    /** True when the unit, or a unit above it, has one of these codes. */
    boolean within(Long unitId, Set<String> codes) {
        Set<Long> seen = new HashSet<>();
        for (Long id = unitId; id != null && seen.add(id); ) {
            OrgUnit unit = units.find(id).orElse(null);
            if (unit == null) {
                return false;
            }
            if (codes.contains(unit.code())) {
                return true;
            }
            id = unit.parentId();
        }
        return false;
    }

    /** Refuses with {@code key}: "User '{0}' may not change " + {@code what} ({1}: {@code code}) + why. */
    public void require(Collection<Long> unitIds, UserContext user, String key, String what, String code) {
        if (!canEdit(unitIds, user)) {
            throw new AccessDeniedException(Message.of(key, "User ''{0}'' may not change " + what
                    + ": planners change every measure, unit leaders the measures of their own units", user.username(), code));
        }
    }

    static void requirePlanner(UserContext user, String key, String what) {
        if (!user.has(Role.PLANNER)) {
            throw new AccessDeniedException(Message.of(key, "User ''{0}'' may not " + what + " (planners may)", user.username()));
        }
    }
}
