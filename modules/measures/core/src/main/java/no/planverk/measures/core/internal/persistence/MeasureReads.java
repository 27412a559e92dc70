package no.planverk.measures.core.internal.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.measures.api.YearAmount;
import no.planverk.measures.core.internal.UnitScope;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.persistence.api.JpaWork;

/** Queries over measures, run inside a caller's transaction; links and years load in bulk per page. */
public final class MeasureReads {

    private static final Map<String, String> SORTS = Map.of("plan", "m.planKey", "number", "m.numberSort", "title", "m.titleLower",
            "status", "m.status", "light", "m.light", "from", "m.fromYear", "to", "m.toYear");
    private static final int CHUNK = 500;

    private MeasureReads() {
    }

    public static List<Measure> page(EntityManager em, MeasureQuery q, UnitScope scope, int currentYear) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<MeasureEntity> query = em.createQuery("select m from MeasureEntity m" + where(q, scope, currentYear, params)
                + orderBy(q.sort()), MeasureEntity.class);
        params.forEach(query::setParameter);
        return records(em, query.setHint(JpaWork.READ_ONLY, true).setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList());
    }

    /** The measure with this id, read only (not for a write). */
    public static Optional<Measure> find(EntityManager em, long id) {
        return em.createQuery("select m from MeasureEntity m where m.id = :id", MeasureEntity.class).setParameter("id", id)
                .setHint(JpaWork.READ_ONLY, true).getResultList().stream().findFirst().map(e -> record(em, e));
    }

    public static long count(EntityManager em, MeasureQuery q, UnitScope scope, int currentYear) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(m) from MeasureEntity m" + where(q, scope, currentYear, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(MeasureQuery q, UnitScope scope, int currentYear, Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        if (q.planId() != null) {
            parts.add("m.planId = :plan");
            params.put("plan", q.planId());
        }
        if (q.goalId() != null) {
            parts.add("exists (select g from MeasureLinkEntity g where g.measureId = m.id and g.kind = 'G' and g.targetId = :goal)");
            params.put("goal", q.goalId());
        }
        if (scope.units() != null) {
            parts.add("exists (select u from MeasureLinkEntity u where u.measureId = m.id and u.kind = 'U' and u.targetId in :units)");
            params.put("units", scope.units());
        }
        if (scope.municipality() != null) {
            // a unit of the municipality answers for it, or it has no units and its plan is not owned elsewhere
            String plan = scope.plansElsewhere().isEmpty() ? "" : " and (m.planId is null or m.planId not in :elsewhere)";
            parts.add("(exists (select mu from MeasureLinkEntity mu where mu.measureId = m.id and mu.kind = 'U' and mu.targetId in :municipality)"
                    + " or (not exists (select nu from MeasureLinkEntity nu where nu.measureId = m.id and nu.kind = 'U')" + plan + "))");
            params.put("municipality", scope.municipality());
            if (!plan.isEmpty()) {
                params.put("elsewhere", scope.plansElsewhere());
            }
        }
        if (q.year() != null) {
            parts.add("(m.fromYear is null or m.fromYear <= :year) and (m.toYear is null or m.toYear >= :year)");
            params.put("year", q.year());
        }
        if (q.status() != null) {
            parts.add("m.status = :status");
            params.put("status", q.status().id());
        }
        if (q.light() != null) {
            parts.add("m.light = :light");
            params.put("light", q.light().id());
        }
        if (q.funding() != null) {
            parts.add("exists (select y from MeasureYearEntity y where y.measureId = m.id and y.funding = :funding)");
            params.put("funding", q.funding().id());
        }
        if (Boolean.TRUE.equals(q.attention())) {
            parts.add("(m.unfunded = true or (m.status in :open and (m.light = :red or m.toYear < :thisYear)))");
            params.put("open", openStatuses());
            params.put("red", Light.RED.id());
            params.put("thisYear", currentYear);
        }
        if (q.text() != null && !q.text().isBlank()) {
            parts.add("(m.titleLower like :text or lower(m.number) like :text or lower(m.planName) like :text"
                    + " or lower(m.goalText) like :text or lower(m.contact) like :text)");
            params.put("text", "%" + q.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
    }

    public static List<String> openStatuses() {
        return java.util.Arrays.stream(MeasureStatus.values()).filter(MeasureStatus::isOpen).map(MeasureStatus::id).toList();
    }

    private static String orderBy(String sort) {
        if (sort == null || sort.isBlank()) {
            return " order by m.planKey, m.numberSort, m.id";
        }
        boolean desc = sort.startsWith("-");
        String column = SORTS.get(desc ? sort.substring(1) : sort);
        if (column == null) {
            throw InvalidInputException.field("sort", Message.of("measures.query.sort", "Sort by one of {0} (prefix ''-'' for descending), not ''{1}''",
                    String.join(", ", SORTS.keySet().stream().sorted().toList()), sort));
        }
        return " order by " + column + (desc ? " desc" : "") + ", m.numberSort, m.id";
    }

    public static Measure record(EntityManager em, MeasureEntity e) {
        return records(em, List.of(e)).get(0);
    }

    /** Records of these entities, with their goals, units and years read in a few queries. */
    public static List<Measure> records(EntityManager em, List<MeasureEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> goals = new HashMap<>();
        Map<Long, List<Long>> units = new HashMap<>();
        Map<Long, List<YearAmount>> years = new HashMap<>();
        List<Long> ids = entities.stream().map(MeasureEntity::id).toList();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            // values, not entities: nothing to look up in or add to EclipseLink's caches (issue 18)
            for (Object[] l : em.createQuery("select l.measureId, l.kind, l.targetId from MeasureLinkEntity l where l.measureId in :ids"
                    + " order by l.position, l.id", Object[].class).setParameter("ids", chunk).getResultList()) {
                (MeasureLinkEntity.GOAL.equals(l[1]) ? goals : units).computeIfAbsent((Long) l[0], k -> new ArrayList<>()).add((Long) l[2]);
            }
            for (Object[] y : em.createQuery("select y.measureId, y.year, y.costNok, y.funding from MeasureYearEntity y where y.measureId"
                    + " in :ids order by y.year", Object[].class).setParameter("ids", chunk).getResultList()) {
                years.computeIfAbsent((Long) y[0], k -> new ArrayList<>()).add(MeasureYearEntity.toRecord((Integer) y[1], (Long) y[2],
                        (String) y[3]));
            }
        }
        return entities.stream().map(e -> e.toRecord(goals.getOrDefault(e.id(), List.of()), units.getOrDefault(e.id(), List.of()),
                years.getOrDefault(e.id(), List.of()))).toList();
    }

    public static List<MeasureEntity> byIds(EntityManager em, Collection<Long> ids) {
        List<MeasureEntity> out = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.addAll(em.createQuery("select m from MeasureEntity m where m.id in :ids", MeasureEntity.class)
                    .setParameter("ids", all.subList(i, Math.min(all.size(), i + CHUNK))).getResultList());
        }
        return out;
    }

    /** Ids of measures linked to any of these targets (goals or units). */
    public static List<Long> linked(EntityManager em, String kind, Collection<Long> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        List<Long> out = new ArrayList<>();
        List<Long> all = List.copyOf(targets);
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.addAll(em.createQuery("select distinct l.measureId from MeasureLinkEntity l where l.kind = :kind and l.targetId in :t",
                    Long.class).setParameter("kind", kind).setParameter("t", all.subList(i, Math.min(all.size(), i + CHUNK))).getResultList());
        }
        return out;
    }
}
