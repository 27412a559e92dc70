package no.planverk.competence.core.internal.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.persistence.EntityManager;
import no.planverk.competence.api.Position;

/** Queries over the register, run inside a caller's transaction. */
public final class PositionReads {

    private static final int CHUNK = 500;

    private PositionReads() {
    }

    public static Integer latestYear(EntityManager em) {
        return em.createQuery("select max(p.year) from PositionEntity p", Integer.class).getSingleResult();
    }

    public static List<Integer> years(EntityManager em) {
        return em.createQuery("select distinct p.year from PositionEntity p order by p.year desc", Integer.class).getResultList();
    }

    /** Every row of a year. */
    public static List<Position> ofYear(EntityManager em, int year) {
        return em.createQuery("select p from PositionEntity p where p.year = :y order by p.unitId, p.id", PositionEntity.class)
                .setParameter("y", year).getResultStream().map(PositionEntity::toRecord).toList();
    }

    /** The rows of these units in a year (every year for null). */
    public static List<Position> of(EntityManager em, Collection<Long> units, Integer year) {
        List<Long> ids = List.copyOf(units);
        List<Position> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            var q = em.createQuery("select p from PositionEntity p where p.unitId in :units" + (year == null ? "" : " and p.year = :y")
                    + " order by p.year, p.unitId, p.id", PositionEntity.class).setParameter("units", ids.subList(i, Math.min(ids.size(),
                    i + CHUNK)));
            if (year != null) {
                q.setParameter("y", year);
            }
            q.getResultStream().map(PositionEntity::toRecord).forEach(out::add);
        }
        return out;
    }
}
