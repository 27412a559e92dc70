package no.planverk.competence.core.internal;

import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.Message;
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
            throw new AccessDeniedException(Message.of(editKey(what), "User ''{0}'' may not " + what + " of unit {1}: planners may, and"
                    + " unit leaders for their own units", user.username(), code(tree, unitId)));
        }
    }

    /** The key of "may not {what}", one per thing a user may not change. */
    private static String editKey(String what) {
        return switch (what) {
            case "change the competence measures" -> "competence.denied.measures";
            case "change the requirements" -> "competence.denied.requirements";
            case "move a row to the register" -> "competence.denied.move";
            default -> "competence.denied.register";
        };
    }

    static void requireRows(UnitTree tree, long unitId, UserContext user) {
        if (!canEdit(tree, unitId, user)) {
            throw new AccessDeniedException(Message.of("competence.denied.rows", "User ''{0}'' may not read the register rows of unit"
                    + " {1}: planners and the unit''s leaders may; everyone reads the summaries", user.username(), code(tree, unitId)));
        }
    }

    static void requirePersonal(UnitTree tree, long unitId, UserContext user, String what) {
        if (!canSeePersonal(tree, unitId, user)) {
            throw new AccessDeniedException(Message.of("competence.denied.personal", "User ''{0}'' may not " + what + " of unit {1}:"
                    + " admins and the unit''s leaders may", user.username(), code(tree, unitId)));
        }
    }

    private static String code(UnitTree tree, long unitId) {
        var u = tree.find(unitId);
        return u == null ? String.valueOf(unitId) : u.code();
    }
}
