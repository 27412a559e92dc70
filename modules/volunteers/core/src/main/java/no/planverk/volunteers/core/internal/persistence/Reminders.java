package no.planverk.volunteers.core.internal.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import no.planverk.volunteers.api.Reminder;
import no.planverk.volunteers.api.VolunteerStatus;

/** The coordinator's follow-up list, in two queries and one lookup of last placements. */
public final class Reminders {

    private Reminders() {
    }

    public static List<Reminder> find(EntityManager em, LocalDate today, int days, int months) {
        List<Reminder> out = new ArrayList<>();
        List<String> current = List.of(VolunteerStatus.ACTIVE.id(), VolunteerStatus.PAUSED.id());
        for (VolunteerEntity v : em.createQuery("select v from VolunteerEntity v where v.status in :s and v.certificateExpires <= :limit"
                + " order by v.certificateExpires, v.id", VolunteerEntity.class).setParameter("s", current)
                .setParameter("limit", today.plusDays(days)).getResultList()) {
            LocalDate expires = v.toRecord().policeCertificate().expires();
            boolean expired = expires.isBefore(today);
            out.add(new Reminder(expired ? Reminder.Kind.CERTIFICATE_EXPIRED : Reminder.Kind.CERTIFICATE_EXPIRING, v.id(),
                    v.toSummary().name(), expires, (expired ? "The police certificate expired " : "The police certificate expires ")
                    + expires));
        }
        LocalDate cutoff = today.minusMonths(months);
        List<VolunteerEntity> idle = em.createQuery("select v from VolunteerEntity v where v.status = :active and v.registered <= :cutoff"
                + " and not exists (select p from PlacementEntity p where p.volunteerId = v.id"
                + " and (p.toDate is null or p.toDate >= :cutoff and p.toDate >= p.fromDate))"
                + " order by v.nameLower, v.id", VolunteerEntity.class).setParameter("active", VolunteerStatus.ACTIVE.id())
                .setParameter("cutoff", cutoff).getResultList();
        Map<Long, LocalDate> last = lastPlacements(em, idle.stream().map(VolunteerEntity::id).toList());
        for (VolunteerEntity v : idle) {
            LocalDate since = last.get(v.id());
            out.add(new Reminder(Reminder.Kind.NO_ASSIGNMENT, v.id(), v.toSummary().name(), since == null ? v.toRecord().registered()
                    : since, since == null ? "No assignment since registration" : "No assignment since " + since));
        }
        return out;
    }

    private static Map<Long, LocalDate> lastPlacements(EntityManager em, List<Long> ids) {
        Map<Long, LocalDate> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] row : em.createQuery("select p.volunteerId, max(p.toDate) from PlacementEntity p where p.volunteerId in :ids"
                + " group by p.volunteerId", Object[].class).setParameter("ids", ids).getResultList()) {
            out.put((Long) row[0], (LocalDate) row[1]);
        }
        return out;
    }
}
