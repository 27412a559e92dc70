package no.planverk.measures.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.RollForward;
import no.planverk.measures.api.YearAmount;
import no.planverk.measures.core.internal.persistence.MeasureEntity;
import no.planverk.measures.core.internal.persistence.MeasureReads;
import no.planverk.measures.core.internal.persistence.MeasureWrites;
import no.planverk.measures.core.internal.persistence.ReportEntity;
import no.planverk.platform.api.Fields;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/**
 * Roll-forward of an action part: open measures are copied to the target plan (or action part) for the new
 * years, with their reports; years outside the new period are dropped. The originals stay as they were.
 */
final class Rolling {

    private Rolling() {
    }

    static RollForward checked(RollForward r) {
        if (r == null) {
            throw new InvalidInputException(Message.of("measures.roll.empty", "Name the plan to roll forward and the new years"));
        }
        Map<String, Message> errors = new LinkedHashMap<>();
        if (r.fromPlanId() == null && Fields.trim(r.fromPlanName()) == null) {
            errors.put("fromPlanId", Message.of("measures.roll.from.required", "Name the plan whose measures roll forward"));
        }
        if (r.fromYear() < 1900 || r.toYear() > 2200 || r.toYear() < r.fromYear()) {
            errors.put("toYear", Message.of("measures.roll.years", "The new period: from year up to a later or equal year, not {0}-{1}",
                    String.valueOf(r.fromYear()), String.valueOf(r.toYear())));
        }
        if (r.toPlanId() == null && Fields.trim(r.toPlanName()) == null) {
            errors.put("toPlanId", Message.of("measures.roll.to.required", "Name the plan (or the new action part) the measures go to"));
        } else if (errors.isEmpty() && MeasureEntity.planKey(r.fromPlanId(), r.fromPlanName()).equals(MeasureEntity.planKey(r.toPlanId(), r.toPlanName()))) {
            errors.put("toPlanId", Message.of("measures.roll.samePlan",
                    "Roll forward into another plan or action part; within one plan, change the measures'' years instead"));
        }
        Problems.throwIfAny(errors, "measures.roll.invalid", "The roll-forward");
        return r;
    }

    static RollForward.Result run(EntityManager em, RollForward r) {
        String from = MeasureEntity.planKey(r.fromPlanId(), r.fromPlanName());
        List<MeasureEntity> open = em.createQuery("select m from MeasureEntity m where m.planKey = :key and m.status in :open"
                + " order by m.numberSort, m.id", MeasureEntity.class).setParameter("key", from)
                .setParameter("open", MeasureReads.openStatuses()).getResultList();
        List<Measure> sources = MeasureReads.records(em, open);
        String to = MeasureEntity.planKey(r.toPlanId(), r.toPlanName());
        List<Measure> created = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Measure m : sources) {
            MeasureDraft d = copy(m, r);
            if (!em.createQuery("select m.id from MeasureEntity m where m.planKey = :k and m.number = :n", Long.class)
                    .setParameter("k", to).setParameter("n", d.number()).getResultList().isEmpty()) {
                skipped.add(m.number());
                continue;
            }
            MeasureEntity e = MeasureWrites.insert(em, d.validated(), m.id());
            for (ReportEntity rep : em.createQuery("select r from ReportEntity r where r.measureId = :id order by r.id", ReportEntity.class)
                    .setParameter("id", m.id()).getResultList()) {
                em.persist(rep.copyFor(e.id()));
            }
            created.add(MeasureWrites.record(em, e));
        }
        return new RollForward.Result(created, skipped);
    }

    /** The copy: same number and fields, the new years (with the money already set for them). */
    private static MeasureDraft copy(Measure m, RollForward r) {
        List<YearAmount> years = new ArrayList<>();
        for (int y = r.fromYear(); y <= r.toYear(); y++) {
            int year = y;
            years.add(m.years().stream().filter(a -> a.year() == year).findFirst().orElse(new YearAmount(year, null, null)));
        }
        return new MeasureDraft(r.toPlanId(), r.toPlanName(), m.number(), m.title(), m.description(), m.goalIds(), m.goalText(), m.kind(),
                m.carrierPlanId(), m.carrierText(), m.responsibility(), m.unitIds(), m.contact(), r.fromYear(), r.toYear(), years,
                m.ownership());
    }
}
