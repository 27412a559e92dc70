package no.planverk.measures.core.internal.persistence;

import java.util.List;
import javax.persistence.EntityManager;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.YearAmount;
import no.planverk.measures.core.internal.MeasureRights;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.persistence.api.JpaWork;

/** Inserts, updates and deletes of measures with their links and years, inside a caller's transaction. */
public final class MeasureWrites {

    public static final String TYPE = "Measure";

    private MeasureWrites() {
    }

    public static MeasureEntity insert(EntityManager em, MeasureDraft d, Long originId) {
        checkUnique(em, d, null);
        return insertChecked(em, d, originId);
    }

    private static MeasureEntity insertChecked(EntityManager em, MeasureDraft d, Long originId) {
        MeasureEntity e = new MeasureEntity(d, originId);
        em.persist(e);
        children(em, e.id(), d);
        return e;
    }

    public static void update(EntityManager em, MeasureEntity e, MeasureDraft d) {
        checkUnique(em, d, e.id());
        updateChecked(em, e, d);
    }

    public static void updateChecked(EntityManager em, MeasureEntity e, MeasureDraft d) {
        e.apply(d);
        em.lock(e, javax.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT); // a change of years or links alone is a new version too
        deleteChildren(em, e.id());
        children(em, e.id(), d);
    }

    public static void delete(EntityManager em, MeasureEntity e) {
        deleteChildren(em, e.id());
        em.createQuery("delete from ReportEntity r where r.measureId = :id").setParameter("id", e.id()).executeUpdate();
        em.createQuery("delete from ReminderEntity r where r.measureId = :id").setParameter("id", e.id()).executeUpdate();
        em.createQuery("update MeasureEntity m set m.originId = null where m.originId = :id").setParameter("id", e.id()).executeUpdate();
        em.remove(e);
    }

    /** A measure loaded for a change: the entity and its state before the change. */
    public record Loaded(MeasureEntity entity, Measure before) {
    }

    /**
     * The measure to change: 404 when it is gone, 403 when the user may not change it, and only then 409 when
     * someone else saved first, so a user without rights learns nothing about its versions.
     */
    public static Loaded load(EntityManager em, long id, long version, UserContext by, MeasureRights rights) {
        MeasureEntity e = find(em, id);
        Measure before = MeasureReads.record(em, e);
        rights.require(before.unitIds(), by, "measures.rights.measure", "measure {1}", e.number());
        JpaWork.load(em, MeasureEntity.class, id, version, TYPE, MeasureEntity::version);
        return new Loaded(e, before);
    }

    static MeasureEntity find(EntityManager em, long id) {
        MeasureEntity e = em.find(MeasureEntity.class, id);
        if (e == null) {
            throw no.planverk.platform.api.NotFoundException.of(TYPE, id);
        }
        return e;
    }

    private static void checkUnique(EntityManager em, MeasureDraft d, Long self) {
        List<Long> same = em.createQuery("select m.id from MeasureEntity m where m.planKey = :key and m.number = :number", Long.class)
                .setParameter("key", MeasureEntity.planKey(d.planId(), d.planName())).setParameter("number", d.number()).getResultList();
        if (same.stream().anyMatch(id -> !id.equals(self))) {
            throw InvalidInputException.field("number", Message.of("measures.number.taken",
                    "The plan has a measure numbered {0} already", d.number()));
        }
    }

    private static void children(EntityManager em, long id, MeasureDraft d) {
        children(em, id, d.goalIds(), d.unitIds(), d.years());
    }

    static void children(EntityManager em, long id, List<Long> goalIds, List<Long> unitIds, List<YearAmount> years) {
        int pos = 0;
        for (Long goal : goalIds) {
            em.persist(new MeasureLinkEntity(id, MeasureLinkEntity.GOAL, goal, pos++));
        }
        for (Long unit : unitIds) {
            em.persist(new MeasureLinkEntity(id, MeasureLinkEntity.UNIT, unit, pos++));
        }
        for (YearAmount y : years) {
            em.persist(new MeasureYearEntity(id, y));
        }
    }

    private static void deleteChildren(EntityManager em, long id) {
        em.createQuery("delete from MeasureLinkEntity l where l.measureId = :id").setParameter("id", id).executeUpdate();
        em.createQuery("delete from MeasureYearEntity y where y.measureId = :id").setParameter("id", id).executeUpdate();
    }

    public static Measure record(EntityManager em, MeasureEntity e) {
        em.flush();
        return MeasureReads.record(em, e);
    }

    /** The record of {@code e} after a change that kept its goals, units and years as {@code before} has them (a report). */
    public static Measure recordKeepingChildren(EntityManager em, MeasureEntity e, Measure before) {
        em.flush();
        return e.toRecord(before.goalIds(), before.unitIds(), before.years());
    }
}
