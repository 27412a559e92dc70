package no.planverk.competence.core.internal;

import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;

/**
 * Who may do what: admins and planners change everything and read the register rows; unit leaders do so for their
 * units and the units below; every role reads aggregates. Personal fields are for admins and the unit's leaders only
 * (not planners: they plan with positions, not people).
 */
final class CompetenceRights {

    private CompetenceRights() {
    }

    static boolean canEdit(UnitTree tree, long unitId, UserContext user) {
        if (user.has(Role.PLANNER)) {
            return true;
        }
        return user.roles().contains(Role.UNIT_LEADER) && !user.units().isEmpty() && tree.within(unitId, user.units());
    }

    static boolean canSeePersonal(UnitTree tree, long unitId, UserContext user) {
        if (user.roles().contains(Role.ADMIN)) {
            return true;
        }
        return user.roles().contains(Role.UNIT_LEADER) && !user.units().isEmpty() && tree.within(unitId, user.units());
    }

    static void requireEdit(UnitTree tree, long unitId, UserContext user, String what) {
        if (!canEdit(tree, unitId, user)) {
            throw new AccessDeniedException("User '" + user.username() + "' may not " + what + " of unit " + code(tree, unitId)
                    + ": planners may, and unit leaders for their own units");
        }
    }

    static void requireRows(UnitTree tree, long unitId, UserContext user) {
        if (!canEdit(tree, unitId, user)) {
            throw new AccessDeniedException("User '" + user.username() + "' may not read the register rows of unit " + code(tree, unitId)
                    + ": planners and the unit's leaders may; everyone reads the summaries");
        }
    }

    static void requirePersonal(UnitTree tree, long unitId, UserContext user, String what) {
        if (!canSeePersonal(tree, unitId, user)) {
            throw new AccessDeniedException("User '" + user.username() + "' may not " + what + " of unit " + code(tree, unitId)
                    + ": admins and the unit's leaders may");
        }
    }

    private static String code(UnitTree tree, long unitId) {
        var u = tree.find(unitId);
        return u == null ? String.valueOf(unitId) : u.code();
    }
}
