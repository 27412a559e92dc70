package no.planverk.volunteers.core.internal;

import no.planverk.platform.api.Message;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.persistence.api.JpaWork;
import no.planverk.volunteers.api.EffortReport;
import no.planverk.volunteers.api.HoursDraft;
import no.planverk.volunteers.api.HoursEntry;
import no.planverk.volunteers.api.HoursService;
import no.planverk.volunteers.api.Placement;
import no.planverk.volunteers.core.internal.persistence.AssignmentEntity;
import no.planverk.volunteers.core.internal.persistence.AssignmentReads;
import no.planverk.volunteers.core.internal.persistence.Effort;
import no.planverk.volunteers.core.internal.persistence.HoursEntity;
import no.planverk.volunteers.core.internal.persistence.PlacementEntity;
import no.planverk.volunteers.core.internal.persistence.VolunteersStore;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = HoursService.class)
public class HoursServiceImpl implements HoursService {

    static final String TYPE = "VolunteerHours";
    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal DAY = new BigDecimal("24");

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final OrgUnitService units;
    private final VolunteerRights rights;
    private final Clock clock;

    @Activate
    public HoursServiceImpl(@Reference VolunteersStore store, @Reference AuditLog audit, @Reference OrgUnitService units) {
        this(store.jpa(), audit, units, Clock.system(ZoneId.of("Europe/Oslo")));
    }

    HoursServiceImpl(JpaTemplate jpa, AuditLog audit, OrgUnitService units, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.units = units;
        this.rights = new VolunteerRights(units);
        this.clock = clock;
    }

    @Override
    public HoursEntry log(HoursDraft draft, UserContext by) {
        if (draft == null || draft.date() == null || draft.hours() == null) {
            throw InvalidInputException.field("hours", Message.of("volunteers.hours.required", "Give the assignment, the volunteer, the date and the hours"));
        }
        BigDecimal hours = draft.hours().stripTrailingZeros();
        if (hours.signum() <= 0 || hours.compareTo(DAY) > 0 || hours.remainder(QUARTER).signum() != 0) {
            throw InvalidInputException.field("hours", Message.of("volunteers.hours.quarters", "Hours are quarter hours from 0.25 to 24, not {0}",
                    draft.hours().toPlainString()));
        }
        LocalDate today = LocalDate.now(clock);
        if (draft.date().isAfter(today)) {
            throw InvalidInputException.field("date", Message.of("volunteers.hours.future", "Hours are logged after they are given, not for {0}",
                    draft.date().toString()));
        }
        return JpaWork.write(jpa, TYPE, draft.assignmentId(), em -> {
            AssignmentEntity a = AssignmentReads.find(em, draft.assignmentId());
            rights.requireAssignmentVolunteers(em, by, a.unitId(), "volunteers.denied.hours.log", "log hours on assignment {1}",
                    String.valueOf(a.id()));
            boolean placed = em.createQuery("select p from PlacementEntity p where p.assignmentId = :a and p.volunteerId = :v",
                    PlacementEntity.class).setParameter("a", a.id()).setParameter("v", draft.volunteerId()).getResultList().stream()
                    .map(PlacementEntity::toRecord).anyMatch((Placement p) -> p.activeOn(draft.date()));
            if (!placed) {
                throw InvalidInputException.field("volunteerId", Message.of("volunteers.hours.notPlaced",
                        "Volunteer {0} was not placed on assignment {1} on {2}", String.valueOf(draft.volunteerId()), String.valueOf(a.id()),
                        draft.date().toString()));
            }
            HoursEntity e = new HoursEntity(a, draft.volunteerId(), draft.date(), hours.setScale(2),
                    by.username(), LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
            em.persist(e);
            em.flush();
            HoursEntry logged = e.toRecord();
            audit.record(by, "log", TYPE, logged.id(), null, logged);
            return logged;
        });
    }

    @Override
    public List<HoursEntry> forAssignment(long assignmentId, UserContext by) {
        return JpaWork.read(jpa, em -> {
            AssignmentEntity a = AssignmentReads.find(em, assignmentId);
            rights.requireAssignmentVolunteers(em, by, a.unitId(), "volunteers.denied.hours.read", "see the hours of assignment {1}",
                    String.valueOf(assignmentId));
            return em.createQuery("select h from HoursEntity h where h.assignmentId = :id order by h.date, h.id", HoursEntity.class)
                    .setParameter("id", assignmentId).getResultList().stream().map(HoursEntity::toRecord).toList();
        });
    }

    @Override
    public void delete(long entryId, UserContext by) {
        JpaWork.write(jpa, TYPE, entryId, em -> {
            HoursEntity e = em.find(HoursEntity.class, entryId);
            if (e == null) {
                throw new NotFoundException(Message.of("volunteers.hours.notFound", "Hour entry {0} was not found", String.valueOf(entryId)));
            }
            AssignmentEntity a = AssignmentReads.find(em, e.assignmentId());
            rights.requireAssignmentVolunteers(em, by, a.unitId(), "volunteers.denied.hours.delete", "delete hours of assignment {1}",
                    String.valueOf(a.id()));
            HoursEntry before = e.toRecord();
            em.remove(e);
            audit.record(by, "delete", TYPE, entryId, before, null);
        });
    }

    @Override
    public EffortReport report(LocalDate from, LocalDate to, Long unitId) {
        requirePeriod(from, to);
        Set<Long> unitIds = unitId == null ? null : units.subtree(unitId);
        return JpaWork.read(jpa, em -> Effort.report(em, from, to, unitIds, null, units, orgNames(em)));
    }

    @Override
    public EffortReport forMeasure(long measureId, LocalDate from, LocalDate to) {
        requirePeriod(from, to);
        return JpaWork.read(jpa, em -> Effort.report(em, from, to, null, measureId, units, orgNames(em)));
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw InvalidInputException.field("from", Message.of("volunteers.period", "Give a period: from and to, to not before from"));
        }
    }

    private static Map<Long, String> orgNames(javax.persistence.EntityManager em) {
        Map<Long, String> names = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select o.id, o.name from OrganisationEntity o", Object[].class).getResultList()) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }
}
