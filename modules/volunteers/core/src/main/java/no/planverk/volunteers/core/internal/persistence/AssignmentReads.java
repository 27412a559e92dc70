package no.planverk.volunteers.core.internal.persistence;

import no.planverk.platform.api.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentQuery;

/** Queries over assignments and placements inside a caller's transaction; placement counts in one grouped query. */
public final class AssignmentReads {

    public static final String TYPE = "VolunteerAssignment";

    private AssignmentReads() {
    }

    public static List<Assignment> list(EntityManager em, AssignmentQuery q, Set<Long> unitIds, LocalDate today) {
        TypedQuery<AssignmentEntity> query = em.createQuery("select a from AssignmentEntity a where 1 = 1"
                + (unitIds == null ? "" : " and a.unitId in :units") + (q.step() == null ? "" : " and a.step = :step")
                + (q.openOnly() ? " and (a.endDate is null or a.endDate >= :today)" : "") + " order by a.startDate, a.fromMinute, a.id",
                AssignmentEntity.class);
        if (unitIds != null) {
            query.setParameter("units", unitIds);
        }
        if (q.step() != null) {
            query.setParameter("step", q.step());
        }
        if (q.openOnly()) {
            query.setParameter("today", today);
        }
        List<Assignment> all = records(em, query.getResultList(), today);
        return q.openOnly() ? all.stream().filter(a -> a.openOn(today)).toList() : all;
    }

    public static AssignmentEntity find(EntityManager em, long id) {
        AssignmentEntity e = em.find(AssignmentEntity.class, id);
        if (e == null) {
            throw new NotFoundException(Message.of("volunteers.assignment.notFound", "Assignment {0} was not found", String.valueOf(id)));
        }
        return e;
    }

    public static Assignment record(EntityManager em, AssignmentEntity e, LocalDate today) {
        return records(em, List.of(e), today).get(0);
    }

    /** Records with the number of volunteers placed on each today. */
    static List<Assignment> records(EntityManager em, List<AssignmentEntity> entities, LocalDate today) {
        if (entities.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> filled = new HashMap<>();
        for (Object[] row : em.createQuery("select p.assignmentId, count(p) from PlacementEntity p where p.assignmentId in :ids"
                + " and (p.toDate is null or p.toDate >= :today and p.toDate >= p.fromDate) group by p.assignmentId", Object[].class)
                .setParameter("ids", entities.stream().map(AssignmentEntity::id).toList()).setParameter("today", today).getResultList()) {
            filled.put((Long) row[0], (Long) row[1]);
        }
        return entities.stream().map(e -> e.toRecord(filled.getOrDefault(e.id(), 0L).intValue())).toList();
    }

    /**
     * Placements running today or later (not those ended before they began), by volunteer (all volunteers when
     * {@code volunteerIds} is null).
     */
    public static Map<Long, List<PlacementEntity>> current(EntityManager em, Collection<Long> volunteerIds, LocalDate today) {
        TypedQuery<PlacementEntity> q = em.createQuery("select p from PlacementEntity p"
                + " where (p.toDate is null or p.toDate >= :today and p.toDate >= p.fromDate)"
                + (volunteerIds == null ? "" : " and p.volunteerId in :ids"), PlacementEntity.class).setParameter("today", today);
        if (volunteerIds != null) {
            if (volunteerIds.isEmpty()) {
                return Map.of();
            }
            q.setParameter("ids", volunteerIds);
        }
        Map<Long, List<PlacementEntity>> out = new HashMap<>();
        for (PlacementEntity p : q.getResultList()) {
            out.computeIfAbsent(p.volunteerId(), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    /** The assignments of these placements, by id. */
    public static Map<Long, Assignment> assignments(EntityManager em, Collection<List<PlacementEntity>> placements, LocalDate today) {
        Set<Long> ids = new HashSet<>();
        placements.forEach(l -> l.forEach(p -> ids.add(p.assignmentId())));
        Map<Long, Assignment> out = new HashMap<>();
        if (!ids.isEmpty()) {
            records(em, em.createQuery("select a from AssignmentEntity a where a.id in :ids", AssignmentEntity.class)
                    .setParameter("ids", ids).getResultList(), today).forEach(a -> out.put(a.id(), a));
        }
        return out;
    }

    /** The unit and every unit above it, from {@link #parents} (read once for many assignments). */
    public static Set<Long> unitAndAbove(Map<Long, Long> parents, long unitId) {
        Set<Long> out = new HashSet<>();
        for (Long id = unitId; id != null && out.add(id); ) {
            id = parents.get(id);
        }
        return out;
    }

    /** Each unit's parent (absent for a top unit). */
    public static Map<Long, Long> parents(OrgUnitService units) {
        Map<Long, Long> out = new HashMap<>();
        for (OrgUnit u : units.list()) {
            if (u.parentId() != null) {
                out.put(u.id(), u.parentId());
            }
        }
        return out;
    }
}
