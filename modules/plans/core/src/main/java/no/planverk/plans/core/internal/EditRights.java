package no.planverk.plans.core.internal;

import java.util.HashSet;
import java.util.Set;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;

/**
 * Who may edit a plan: admins and planners every plan; unit leaders the plans owned by one of their
 * units or a unit below it.
 */
public final class EditRights {

    private final OrgUnitService units;

    public EditRights(OrgUnitService units) {
        this.units = units;
    }

    public boolean canEdit(Long ownerUnitId, UserContext user) {
        if (user.has(Role.PLANNER)) {
            return true;
        }
        if (!user.roles().contains(Role.UNIT_LEADER) || ownerUnitId == null || user.units().isEmpty()) {
            return false;
        }
        Set<Long> seen = new HashSet<>();
        for (Long id = ownerUnitId; id != null && seen.add(id); ) {
            OrgUnit unit = units.find(id).orElse(null);
            if (unit == null) {
                return false;
            }
            if (user.units().contains(unit.code())) {
                return true;
            }
            id = unit.parentId();
        }
        return false;
    }

    /** True when the user may create plans at all (the unit is checked on the plan). */
    public static boolean mayCreate(UserContext user) {
        return user.has(Role.PLANNER) || user.roles().contains(Role.UNIT_LEADER);
    }

    /** Refuses with {@code key}: "User '{0}' may not change " + {@code what} ({1}: {@code code}) + why. */
    public void require(Long ownerUnitId, UserContext user, String key, String what, String code) {
        if (!canEdit(ownerUnitId, user)) {
            throw new AccessDeniedException(Message.of(key, "User ''{0}'' may not change " + what
                    + ": planners edit every plan, unit leaders the plans of their own units", user.username(), code == null ? "" : code));
        }
    }
}
