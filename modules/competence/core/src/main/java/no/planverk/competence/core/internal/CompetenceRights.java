package no.planverk.competence.core.internal;

import java.util.Set;
import java.util.function.LongPredicate;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;

/**
 * Who may do what: admins and planners change everything and read the register rows; unit leaders do so for their
 * units and the units below; every role reads aggregates. Personal fields are for admins and the unit's leaders only
 * (not planners: they plan with positions, not people). Pass a {@link OrgUnitService#snapshot()} when asking often.
 */
public final class CompetenceRights {

    private CompetenceRights() {
    }

    /** The unit, or a 404 naming it. */
    public static OrgUnit unit(OrgUnitService org, long unitId) {
        return org.find(unitId).orElseThrow(() -> NotFoundException.of("Unit", unitId));
    }

    /** The units whose register the user may change and read row by row, asked once for a whole file or list. */
    public static LongPredicate editable(OrgUnitService org, UserContext user) {
        return user.has(Role.PLANNER) ? unitId -> true : leadersUnits(org, user);
    }

    /** The units whose personal fields the user may see. */
    static LongPredicate personal(OrgUnitService org, UserContext user) {
        return user.roles().contains(Role.ADMIN) ? unitId -> true : leadersUnits(org, user);
    }

    /** A unit leader's units (their JAAS unit codes) and the units below; nothing for anyone else. */
    private static LongPredicate leadersUnits(OrgUnitService org, UserContext user) {
        if (!user.roles().contains(Role.UNIT_LEADER) || user.units().isEmpty()) {
            return unitId -> false;
        }
        Set<Long> mine = org.subtreeOfCodes(user.units());
        return mine::contains;
    }

    static boolean canEdit(OrgUnitService org, long unitId, UserContext user) {
        return editable(org, user).test(unitId);
    }

    static void requireEdit(OrgUnitService org, long unitId, UserContext user, String what) {
        if (!canEdit(org, unitId, user)) {
            throw new AccessDeniedException(Message.of(editKey(what), "User ''{0}'' may not " + what + " of unit {1}: planners may, and"
                    + " unit leaders for their own units", user.username(), code(org, unitId)));
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

    static void requireRows(OrgUnitService org, long unitId, UserContext user) {
        if (!canEdit(org, unitId, user)) {
            throw new AccessDeniedException(Message.of("competence.denied.rows", "User ''{0}'' may not read the register rows of unit"
                    + " {1}: planners and the unit''s leaders may; everyone reads the summaries", user.username(), code(org, unitId)));
        }
    }

    static void requirePersonal(OrgUnitService org, long unitId, UserContext user, String what) {
        if (!personal(org, user).test(unitId)) {
            throw new AccessDeniedException(Message.of("competence.denied.personal", "User ''{0}'' may not " + what + " of unit {1}:"
                    + " admins and the unit''s leaders may", user.username(), code(org, unitId)));
        }
    }

    private static String code(OrgUnitService org, long unitId) {
        return org.find(unitId).map(OrgUnit::code).orElse(String.valueOf(unitId));
    }
}
