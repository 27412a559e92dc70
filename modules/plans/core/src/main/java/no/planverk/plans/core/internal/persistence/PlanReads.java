package no.planverk.plans.core.internal.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import no.planverk.plans.api.Attention;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanQuery;
import no.planverk.plans.api.PlanStatus;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.persistence.api.JpaWork;

/** Queries over plans, run inside a caller's transaction. */
public final class PlanReads {

    private static final Map<String, String> SORTS = Map.of("code", "p.code", "title", "p.titleLower", "type", "p.type",
            "status", "p.status", "from", "p.periodFrom", "to", "p.periodTo");

    private PlanReads() {
    }

    /** {@code unitIds}: the query's unit with every unit below it (null for no unit filter). */
    public static List<Plan> page(EntityManager em, PlanQuery q, Collection<Long> unitIds) {
        Map<String, Object> params = new HashMap<>();
        String where = where(q, unitIds, params);
        TypedQuery<PlanEntity> query = em.createQuery("select p from PlanEntity p" + where + orderBy(q.sort()), PlanEntity.class);
        params.forEach(query::setParameter);
        return records(em, query.setHint(JpaWork.READ_ONLY, true).setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList());
    }

    public static long count(EntityManager em, PlanQuery q, Collection<Long> unitIds) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(p) from PlanEntity p" + where(q, unitIds, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(PlanQuery q, Collection<Long> unitIds, Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        if (q.type() != null) {
            parts.add("p.type = :type");
            params.put("type", q.type().id());
        }
        if (q.status() != null) {
            parts.add("p.status = :status");
            params.put("status", q.status().id());
        }
        if (unitIds != null) {
            parts.add("p.ownerUnitId in :units");
            params.put("units", List.copyOf(unitIds));
        }
        if (q.year() != null) {
            parts.add("(p.periodFrom is null or p.periodFrom <= :year) and (p.periodTo is null or p.periodTo >= :year)");
            params.put("year", q.year());
        }
        if (q.text() != null && !q.text().isBlank()) {
            parts.add("(p.titleLower like :text or lower(p.code) like :text or lower(p.responsible) like :text"
                    + " or lower(p.decisionRef) like :text)");
            params.put("text", "%" + escapeLike(q.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
    }

    private static String escapeLike(String s) {
        return s.replace("%", "").replace("_", "");
    }

    private static String orderBy(String sort) {
        if (sort == null || sort.isBlank()) {
            return " order by p.titleLower, p.id";
        }
        boolean desc = sort.startsWith("-");
        String column = SORTS.get(desc ? sort.substring(1) : sort);
        if (column == null) {
            throw InvalidInputException.field("sort", Message.of("plans.query.sort", "Sort by one of {0} (prefix ''-'' for descending), not ''{1}''",
                    String.join(", ", SORTS.keySet().stream().sorted().toList()), sort));
        }
        return " order by " + column + (desc ? " desc" : "") + ", p.id";
    }

    public static List<Plan> all(EntityManager em) {
        return records(em, em.createQuery("select p from PlanEntity p order by p.titleLower, p.id", PlanEntity.class).getResultList());
    }

    /** Records with their served goals, loaded in one query. */
    public static List<Plan> records(EntityManager em, List<PlanEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> serves = servedGoals(em, entities.stream().map(PlanEntity::id).toList());
        return entities.stream().map(e -> e.toRecord(serves.getOrDefault(e.id(), List.of()))).toList();
    }

    public static Plan record(EntityManager em, PlanEntity e) {
        return records(em, List.of(e)).get(0);
    }

    /** The plan with this id, read only (not for a write). */
    public static java.util.Optional<Plan> find(EntityManager em, long id) {
        return em.createQuery("select p from PlanEntity p where p.id = :id", PlanEntity.class).setParameter("id", id)
                .setHint(JpaWork.READ_ONLY, true).getResultList().stream().findFirst().map(e -> record(em, e));
    }

    private static Map<Long, List<Long>> servedGoals(EntityManager em, Collection<Long> planIds) {
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        for (List<Long> chunk : Chunks.of(planIds)) {
            // values, not entities: nothing to look up in or add to EclipseLink's caches, as for measures' links
            em.createQuery("select l.planId, l.goalId from PlanGoalLinkEntity l where l.planId in :ids order by l.id", Object[].class)
                    .setParameter("ids", chunk).getResultList()
                    .forEach(l -> result.computeIfAbsent((Long) l[0], k -> new ArrayList<>()).add((Long) l[1]));
        }
        return result;
    }

    public static List<Attention> attention(EntityManager em, int months, LocalDate today) {
        List<Attention> result = new ArrayList<>();
        LocalDate horizon = today.plusMonths(months);
        for (Plan p : inStatus(em, PlanStatus.IN_FORCE)) {
            if (p.periodTo() == null) {
                continue;
            }
            LocalDate end = LocalDate.of(p.periodTo(), 12, 31);
            if (end.isBefore(today)) {
                result.add(new Attention(p, Attention.Reason.PAST_PERIOD, "The period ended " + end + " but the plan is in force"));
            } else if (!end.isAfter(horizon)) {
                result.add(new Attention(p, Attention.Reason.EXPIRES_SOON, "The period ends " + end));
            }
        }
        for (Plan p : inStatus(em, PlanStatus.REVISION)) {
            if (p.plannedAdoption() == null) {
                result.add(new Attention(p, Attention.Reason.REVISION_WITHOUT_DATE, "Under revision without a planned adoption date"));
            }
        }
        return result;
    }

    private static List<Plan> inStatus(EntityManager em, PlanStatus status) {
        return records(em, em.createQuery("select p from PlanEntity p where p.status = :s order by p.periodTo, p.titleLower",
                PlanEntity.class).setParameter("s", status.id()).getResultList());
    }
}
