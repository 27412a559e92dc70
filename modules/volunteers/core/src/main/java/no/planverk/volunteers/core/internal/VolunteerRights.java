package no.planverk.volunteers.core.internal;

import no.planverk.platform.api.Message;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;

/**
 * Who may see and change what. Coordinators (and admins) everything. A unit leader who is named as a unit's
 * volunteer contact sees the volunteers placed on the assignments of that unit (and the units below it) and
 * logs their hours. A unit leader changes the assignments of their own units (JAAS {@code unit:<CODE>}).
 */
final class VolunteerRights {

    private final OrgUnitService units;

    VolunteerRights(OrgUnitService units) {
        this.units = units;
    }

    static boolean coordinator(UserContext user) {
        return user.has(Role.COORDINATOR);
    }

    /** {@code key} names the refusal; {@code what} says in English what the user may not do ({1}, {2}: {@code args}). */
    static void requireCoordinator(UserContext user, String key, String what, Object... args) {
        if (!coordinator(user)) {
            throw denied(user, key, what + " (coordinators may)", args);
        }
    }

    /** "User 'x' may not " + {@code what}, with the user name as {0} and {@code args} after it. */
    static AccessDeniedException denied(UserContext user, String key, String what, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = user.username();
        System.arraycopy(args, 0, all, 1, args.length);
        return new AccessDeniedException(Message.of(key, "User ''{0}'' may not " + what.replace("'", "''"), all));
    }

    /** The user's name as stored for a unit contact: shell users are "shell:name". */
    static String plainName(UserContext user) {
        String n = user.username();
        return n.startsWith("shell:") ? n.substring("shell:".length()) : n;
    }

    /** The units (with the units below them) whose volunteer contact this unit leader is; empty for anyone else. */
    Set<Long> contactUnits(EntityManager em, UserContext user) {
        if (!user.roles().contains(Role.UNIT_LEADER)) {
            return Set.of();
        }
        List<Long> mine = em.createQuery("select c.unitId from UnitContactEntity c where c.username = :u", Long.class)
                .setParameter("u", plainName(user)).getResultList();
        return mine.isEmpty() ? Set.of() : units.subtree(mine);
    }

    /** Ids of the volunteers a unit contact sees: those ever placed on an assignment of their units. */
    Set<Long> visibleVolunteers(EntityManager em, UserContext user) {
        return volunteersOf(em, contactUnits(em, user));
    }

    /** Ids of the volunteers ever placed on an assignment of these units. */
    static Set<Long> volunteersOf(EntityManager em, Set<Long> mine) {
        if (mine.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct p.volunteerId from PlacementEntity p, AssignmentEntity a"
                + " where p.assignmentId = a.id and a.unitId in :units", Long.class).setParameter("units", mine).getResultList());
    }

    /** Coordinators, and unit contacts for the volunteers of their units; everyone else is refused. */
    void requireSeeVolunteer(EntityManager em, UserContext user, long volunteerId) {
        if (!coordinator(user) && !visibleVolunteers(em, user).contains(volunteerId)) {
            throw denied(user, "volunteers.denied.volunteer", "see volunteer {1}: volunteer data is for coordinators, and for a unit's"
                    + " contact about the unit's volunteers", String.valueOf(volunteerId));
        }
    }

    /** Coordinators, and the contact of the assignment's unit. */
    boolean canSeeAssignmentVolunteers(EntityManager em, UserContext user, long unitId) {
        return coordinator(user) || contactUnits(em, user).contains(unitId);
    }

    void requireAssignmentVolunteers(EntityManager em, UserContext user, long unitId, String key, String what, Object... args) {
        if (!canSeeAssignmentVolunteers(em, user, unitId)) {
            throw denied(user, key, what + ": coordinators may, and the unit's volunteer contact", args);
        }
    }

    /** Coordinators, and unit leaders of the unit or a unit above it. */
    boolean canManageUnit(UserContext user, long unitId) {
        if (coordinator(user)) {
            return true;
        }
        if (!user.roles().contains(Role.UNIT_LEADER) || user.units().isEmpty()) {
            return false;
        }
        Set<Long> seen = new HashSet<>();
        for (Long id = unitId; id != null && seen.add(id); ) {
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

    void requireManageUnit(UserContext user, long unitId, String key, String what, Object... args) {
        if (!canManageUnit(user, unitId)) {
            throw denied(user, key, what + ": coordinators may, and the unit's own leaders", args);
        }
    }
}
