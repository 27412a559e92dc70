package no.planverk.measures.core.internal.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.YearAmount;
import no.planverk.platform.persistence.api.JpaWork;

/**
 * The measures a file names, read once, and the file written over them in one pass (issue 18). A measure that is
 * there already is updated; its links and years are written again only when the file changes them, the old ones
 * removed in JDBC batches, not by two JPQL DELETEs per row (each made EclipseLink compare it with every object of the
 * transaction and scan its cache at the commit: a re-import of 10 000 measures took minutes).
 */
public final class MeasureImportWrites {

    private static final int CHUNK = 500;

    /** A measure's goals, units and years as stored. */
    private record Children(List<Long> goalIds, List<Long> unitIds, List<YearAmount> years) {
    }

    private final EntityManager em;
    private final NewMeasureRows fresh;
    private final Map<String, MeasureEntity> byKey = new HashMap<>();
    private final Map<Long, Children> children = new HashMap<>();

    private MeasureImportWrites(EntityManager em) {
        this.em = em;
        this.fresh = new NewMeasureRows(em);
    }

    /** The measures of these plans (plan keys), with their links and years, in a few queries. */
    public static MeasureImportWrites read(EntityManager em, Collection<String> planKeys) {
        MeasureImportWrites w = new MeasureImportWrites(em);
        if (planKeys.isEmpty()) {
            return w;
        }
        List<MeasureEntity> found = em.createQuery("select m from MeasureEntity m where m.planKey in :keys", MeasureEntity.class)
                .setParameter("keys", planKeys).getResultList();
        found.forEach(m -> w.byKey.put(key(m.planKey(), m.number()), m));
        w.readChildren(found.stream().map(MeasureEntity::id).toList());
        return w;
    }

    /** The measure of this plan key and number, or null. */
    public MeasureEntity find(String planKey, String number) {
        return byKey.get(key(planKey, number));
    }

    /** The units that answer for this measure now. */
    public List<Long> unitIds(MeasureEntity e) {
        return children(e.id()).unitIds();
    }

    /**
     * Writes the drafts in their order: each either updates {@code targets}' measure at the same position or, where
     * that is null, is created ({@link #insertNew} writes those). Checked already: no uniqueness query per row.
     */
    public void write(List<MeasureDraft> drafts, List<MeasureEntity> targets) {
        List<Long> linksGo = new ArrayList<>();
        List<Long> yearsGo = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            MeasureEntity e = targets.get(i);
            if (e != null) {
                Children now = children(e.id());
                MeasureDraft d = drafts.get(i);
                if (!now.goalIds().equals(d.goalIds()) || !now.unitIds().equals(d.unitIds())) {
                    linksGo.add(e.id());
                }
                if (!now.years().equals(d.years())) {
                    yearsGo.add(e.id());
                }
            }
        }
        remove(MeasureLinkEntity.class, linksGo);
        remove(MeasureYearEntity.class, yearsGo);
        // no flush before the commit: a flush would open the database transaction, the TABLE generators would then
        // take their id blocks inside it and hold the id rows locked until the import commits, so every measure
        // created meanwhile would wait for the whole import (and EclipseLink forgets version locks taken after a flush)
        java.util.Set<Long> newLinks = new java.util.HashSet<>(linksGo);
        java.util.Set<Long> newYears = new java.util.HashSet<>(yearsGo);
        for (int i = 0; i < drafts.size(); i++) {
            MeasureEntity e = targets.get(i);
            MeasureDraft d = drafts.get(i);
            if (e == null) {
                fresh.add(d);
            } else {
                e.apply(d);
                em.lock(e, javax.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT); // a new version, as for every update
                MeasureWrites.children(em, e.id(), newLinks.contains(e.id()) ? d.goalIds() : List.of(),
                        newLinks.contains(e.id()) ? d.unitIds() : List.of(), newYears.contains(e.id()) ? d.years() : List.of());
            }
        }
    }

    /**
     * Inserts the new measures of {@link #write} in JDBC batches. Last in the import: it opens the database transaction,
     * so the new rows stay locked only until the commit, as when EclipseLink wrote them at the commit.
     */
    public void insertNew() {
        fresh.insert();
    }

    /**
     * The links or years of these measures, removed as entities: deleted by id in JDBC batches at the commit. A JPQL
     * DELETE would run at once and open the database transaction (see {@link #write}).
     */
    private <T> void remove(Class<T> type, List<Long> measureIds) {
        for (int i = 0; i < measureIds.size(); i += CHUNK) {
            em.createQuery("select c from " + type.getSimpleName() + " c where c.measureId in :ids", type)
                    .setParameter("ids", measureIds.subList(i, Math.min(measureIds.size(), i + CHUNK))).getResultList().forEach(em::remove);
        }
    }

    /** Links and years read only to compare (not managed: the commit need not look at them). */
    private void readChildren(List<Long> ids) {
        Map<Long, List<Long>> goals = new HashMap<>();
        Map<Long, List<Long>> units = new HashMap<>();
        Map<Long, List<YearAmount>> years = new HashMap<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            for (MeasureLinkEntity l : em.createQuery("select l from MeasureLinkEntity l where l.measureId in :ids order by l.position, l.id",
                    MeasureLinkEntity.class).setParameter("ids", chunk).setHint(JpaWork.READ_ONLY, true).getResultList()) {
                (MeasureLinkEntity.GOAL.equals(l.kind()) ? goals : units).computeIfAbsent(l.measureId(), k -> new ArrayList<>())
                        .add(l.targetId());
            }
            for (MeasureYearEntity y : em.createQuery("select y from MeasureYearEntity y where y.measureId in :ids order by y.year",
                    MeasureYearEntity.class).setParameter("ids", chunk).setHint(JpaWork.READ_ONLY, true).getResultList()) {
                years.computeIfAbsent(y.measureId(), k -> new ArrayList<>()).add(y.toRecord());
            }
        }
        for (Long id : ids) {
            children.put(id, new Children(goals.getOrDefault(id, List.of()), units.getOrDefault(id, List.of()),
                    years.getOrDefault(id, List.of())));
        }
    }

    private Children children(long id) {
        return children.getOrDefault(id, new Children(List.of(), List.of(), List.of()));
    }

    private static String key(String planKey, String number) {
        return planKey + "\u0000" + number;
    }
}
