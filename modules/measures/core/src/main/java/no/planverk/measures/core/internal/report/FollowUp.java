package no.planverk.measures.core.internal.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.Reminder;
import no.planverk.measures.api.ReportPeriod;
import no.planverk.measures.core.internal.persistence.MeasureEntity;
import no.planverk.measures.core.internal.persistence.MeasureReads;
import no.planverk.measures.core.internal.persistence.ReminderEntity;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** Who has not reported for a period, and the reminders planners send them. */
public final class FollowUp {

    private FollowUp() {
    }

    /** Open measures running in the period's year without a report for that period (for these units, or all when null). */
    public static List<Measure> missing(EntityManager em, ReportPeriod period, Set<Long> unitIds) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        TypedQuery<MeasureEntity> q = em.createQuery("select m from MeasureEntity m" + missingWhere(unitIds, null)
                + " order by m.planKey, m.numberSort, m.id", MeasureEntity.class);
        return MeasureReads.records(em, missingParameters(q, period, unitIds, null).getResultList());
    }

    /** How many are missing, for the dashboard: one count query. */
    public static long missingCount(EntityManager em, ReportPeriod period, Long planId) {
        TypedQuery<Long> q = em.createQuery("select count(m) from MeasureEntity m" + missingWhere(null, planId), Long.class);
        return missingParameters(q, period, null, planId).getSingleResult();
    }

    private static String missingWhere(Set<Long> unitIds, Long planId) {
        return " where m.status in :open and (m.fromYear is null or m.fromYear <= :y) and (m.toYear is null or m.toYear >= :y)"
                + " and not exists (select r from ReportEntity r where r.measureId = m.id and r.periodYear = :y and r.periodPart = :p)"
                + (unitIds == null ? "" : " and exists (select u from MeasureLinkEntity u where u.measureId = m.id and u.kind = 'U'"
                + " and u.targetId in :units)") + (planId == null ? "" : " and m.planId = :plan");
    }

    private static <T> TypedQuery<T> missingParameters(TypedQuery<T> q, ReportPeriod period, Set<Long> unitIds, Long planId) {
        q.setParameter("open", MeasureReads.openStatuses()).setParameter("y", period.year()).setParameter("p", period.part());
        if (unitIds != null) {
            q.setParameter("units", unitIds);
        }
        if (planId != null) {
            q.setParameter("plan", planId);
        }
        return q;
    }

    public static List<Reminder> remind(EntityManager em, Set<Long> measureIds, ReportPeriod period, String by, Instant at) {
        List<MeasureEntity> measures = MeasureReads.byIds(em, measureIds);
        if (measures.size() != measureIds.size()) {
            Set<Long> missing = new HashSet<>(measureIds);
            measures.forEach(m -> missing.remove(m.id()));
            throw InvalidInputException.field("measureIds", Message.of("measures.remind.unknown", "No measures with the ids {0}",
                    String.valueOf(missing)));
        }
        List<Reminder> out = new ArrayList<>();
        for (MeasureEntity m : measures) {
            ReminderEntity r = new ReminderEntity(m.id(), period, by, at);
            em.persist(r);
            em.flush();
            out.add(new Reminder(r.id(), m.id(), m.number(), m.title(), period, by, at));
        }
        return out;
    }

    /** Reminders not yet answered by a report, for measures of these units (all when null), newest first. */
    public static List<Reminder> openReminders(EntityManager em, Set<Long> unitIds) {
        String units = unitIds == null ? "" : " and exists (select u from MeasureLinkEntity u where u.measureId = r.measureId"
                + " and u.kind = 'U' and u.targetId in :units)";
        TypedQuery<ReminderEntity> q = em.createQuery("select r from ReminderEntity r where r.done = false" + units
                + " order by r.sentAt desc, r.id desc", ReminderEntity.class);
        if (unitIds != null) {
            q.setParameter("units", unitIds);
        }
        List<ReminderEntity> reminders = q.setMaxResults(500).getResultList();
        Map<Long, MeasureEntity> measures = MeasureReads.byIds(em, reminders.stream().map(ReminderEntity::measureId).collect(
                Collectors.toSet())).stream().collect(Collectors.toMap(MeasureEntity::id, Function.identity()));
        return reminders.stream().filter(r -> measures.containsKey(r.measureId())).map(r -> {
            MeasureEntity m = measures.get(r.measureId());
            return new Reminder(r.id(), m.id(), m.number(), m.title(), r.period(), r.sentBy(), r.sentAt());
        }).toList();
    }
}
