package no.planverk.volunteers.core.internal.privacy;

import java.time.LocalDateTime;
import javax.persistence.EntityManager;
import no.planverk.volunteers.api.VolunteerExport;
import no.planverk.volunteers.core.internal.persistence.HoursEntity;
import no.planverk.volunteers.core.internal.persistence.PlacementEntity;
import no.planverk.volunteers.core.internal.persistence.VolunteerEntity;

/**
 * A volunteer's GDPR rights inside the caller's transaction: the export of everything held about the volunteer
 * (access), and the erasure (the volunteer and the placements go, logged hours stay without the volunteer).
 * Rights checks and the audit trail stay with the service.
 */
public final class VolunteerPrivacy {

    private VolunteerPrivacy() {
    }

    public static VolunteerExport export(EntityManager em, VolunteerEntity volunteer, LocalDateTime at) {
        long id = volunteer.id();
        return new VolunteerExport(at, volunteer.toRecord(), em.createQuery(
                "select p from PlacementEntity p where p.volunteerId = :id order by p.fromDate, p.id", PlacementEntity.class)
                .setParameter("id", id).getResultList().stream().map(PlacementEntity::toRecord).toList(), em.createQuery(
                "select h from HoursEntity h where h.volunteerId = :id order by h.date, h.id", HoursEntity.class)
                .setParameter("id", id).getResultList().stream().map(HoursEntity::toRecord).toList());
    }

    /** Erases the volunteer; returns how many hour entries were kept without the volunteer. */
    public static int erase(EntityManager em, VolunteerEntity volunteer) {
        long id = volunteer.id();
        int hours = em.createQuery("update HoursEntity h set h.volunteerId = null where h.volunteerId = :id").setParameter("id", id)
                .executeUpdate();
        em.createQuery("delete from PlacementEntity p where p.volunteerId = :id").setParameter("id", id).executeUpdate();
        em.remove(volunteer);
        return hours;
    }
}
