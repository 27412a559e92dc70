package no.planverk.volunteers.core.internal;

import no.planverk.platform.api.Message;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.persistence.api.JpaWork;
import no.planverk.volunteers.api.Reminder;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerDraft;
import no.planverk.volunteers.api.VolunteerExport;
import no.planverk.volunteers.api.VolunteerService;
import no.planverk.volunteers.api.VolunteerStatus;
import no.planverk.volunteers.api.VolunteerSummary;
import no.planverk.volunteers.core.internal.persistence.Lists;
import no.planverk.volunteers.core.internal.persistence.Reminders;
import no.planverk.volunteers.core.internal.persistence.VolunteerEntity;
import no.planverk.volunteers.core.internal.persistence.VolunteersStore;
import no.planverk.volunteers.core.internal.privacy.VolunteerPrivacy;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = VolunteerService.class, configurationPid = "no.planverk.volunteers")
@Designate(ocd = VolunteersConfig.class)
public class VolunteerServiceImpl implements VolunteerService {

    private static final Logger LOG = LoggerFactory.getLogger(VolunteerServiceImpl.class);
    static final String TYPE = "Volunteer";

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final OrgUnitService units;
    private final VolunteerRights rights;
    private final Clock clock;
    private final int certificateDays;
    private final int idleMonths;

    @Activate
    public VolunteerServiceImpl(@Reference VolunteersStore store, @Reference AuditLog audit, @Reference OrgUnitService units,
            VolunteersConfig config) {
        this(store.jpa(), audit, units, Clock.system(ZoneId.of("Europe/Oslo")), config.certificateDays(), config.idleMonths());
    }

    VolunteerServiceImpl(JpaTemplate jpa, AuditLog audit, OrgUnitService units, Clock clock, int certificateDays, int idleMonths) {
        this.certificateDays = certificateDays;
        this.idleMonths = idleMonths;
        this.jpa = jpa;
        this.audit = audit;
        this.units = units;
        this.rights = new VolunteerRights(units);
        this.clock = clock;
    }

    @Override
    public List<VolunteerSummary> list(VolunteerStatus status, String text, UserContext by) {
        return JpaWork.read(jpa, em -> {
            Set<Long> visible = null;
            if (!VolunteerRights.coordinator(by)) {
                Set<Long> mine = rights.contactUnits(em, by);
                if (mine.isEmpty()) {
                    throw VolunteerRights.denied(by, "volunteers.denied.volunteers", "see volunteers: volunteer data is for"
                            + " coordinators, and for a unit's contact about the unit's volunteers");
                }
                visible = VolunteerRights.volunteersOf(em, mine);
                if (visible.isEmpty()) {
                    return List.<VolunteerSummary>of();
                }
            }
            String t = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
            TypedQuery<VolunteerEntity> q = em.createQuery("select v from VolunteerEntity v where 1 = 1"
                    + (status == null ? "" : " and v.status = :status") + (visible == null ? "" : " and v.id in :ids")
                    + (t == null ? "" : " and (v.nameLower like :t or v.skills like :skill)") + " order by v.nameLower, v.id",
                    VolunteerEntity.class);
            if (status != null) {
                q.setParameter("status", status.id());
            }
            if (visible != null) {
                q.setParameter("ids", visible);
            }
            if (t != null) {
                q.setParameter("t", "%" + t + "%").setParameter("skill", Lists.contains(t));
            }
            return q.getResultList().stream().map(VolunteerEntity::toSummary).toList();
        });
    }

    @Override
    public Volunteer profile(long id, UserContext by) {
        return JpaWork.read(jpa, em -> {
            rights.requireSeeVolunteer(em, by, id);
            Volunteer v = find(em, id).toRecord();
            audit.record(by, "read", TYPE, id, null, null);
            return v;
        });
    }

    @Override
    public Volunteer create(VolunteerDraft draft, UserContext by) {
        VolunteerRights.requireCoordinator(by, "volunteers.denied.volunteer.create", "register volunteers");
        VolunteerDraft d = checked(draft);
        return JpaWork.write(jpa, TYPE, "new", em -> {
            OrganisationServiceImpl.requireExists(em, d.organisationId());
            VolunteerEntity e = new VolunteerEntity(d, VolunteerStatus.APPLICANT, today());
            em.persist(e);
            em.flush();
            Volunteer created = e.toRecord();
            audit.record(by, "create", TYPE, created.id(), null, Audited.of(created));
            LOG.debug("Volunteer {} registered", created.id());
            return created;
        });
    }

    @Override
    public Volunteer update(long id, long version, VolunteerDraft draft, UserContext by) {
        VolunteerRights.requireCoordinator(by, "volunteers.denied.volunteer.change", "change volunteers");
        VolunteerDraft d = checked(draft);
        return JpaWork.write(jpa, TYPE, id, em -> {
            VolunteerEntity e = JpaWork.load(em, VolunteerEntity.class, id, version, TYPE, VolunteerEntity::version);
            OrganisationServiceImpl.requireExists(em, d.organisationId());
            Volunteer before = e.toRecord();
            e.apply(d);
            em.flush();
            Volunteer after = e.toRecord();
            audit.record(by, "update", TYPE, id, Audited.of(before), Audited.change(before, after));
            return after;
        });
    }

    @Override
    public Volunteer changeStatus(long id, long version, VolunteerStatus to, UserContext by) {
        VolunteerRights.requireCoordinator(by, "volunteers.denied.volunteer.status", "change a volunteer's status");
        if (to == null) {
            throw InvalidInputException.field("status", Message.of("volunteers.status.required",
                    "Name the new status: applicant, active, paused or archived"));
        }
        return JpaWork.write(jpa, TYPE, id, em -> {
            VolunteerEntity e = JpaWork.load(em, VolunteerEntity.class, id, version, TYPE, VolunteerEntity::version);
            VolunteerStatus from = e.status();
            if (!from.canMoveTo(to)) {
                List<String> next = from.next().stream().map(VolunteerStatus::id).sorted().toList();
                throw InvalidInputException.field("status", Message.of(next.size() == 1 ? "volunteers.status.move.one" : "volunteers.status.move.two",
                        next.size() == 1 ? "A volunteer cannot go from {0} to {1}; from {0} one goes to {2}"
                                : "A volunteer cannot go from {0} to {1}; from {0} one goes to {2} or {3}",
                        next.size() == 1 ? new Object[] {from.id(), to.id(), next.get(0)}
                                : new Object[] {from.id(), to.id(), next.get(0), next.get(1)}));
            }
            Volunteer before = e.toRecord();
            e.status(to);
            if (to == VolunteerStatus.ARCHIVED || to == VolunteerStatus.PAUSED) {
                em.createQuery("update PlacementEntity p set p.toDate = :today where p.volunteerId = :id"
                        + " and (p.toDate is null or p.toDate > :today)")
                        .setParameter("today", today()).setParameter("id", id).executeUpdate();
            }
            em.flush();
            Volunteer after = e.toRecord();
            audit.record(by, "status", TYPE, id, Audited.of(before), Audited.of(after));
            return after;
        });
    }

    @Override
    public VolunteerExport export(long id, UserContext by) {
        VolunteerRights.requireCoordinator(by, "volunteers.denied.export", "export a volunteer's data");
        return JpaWork.read(jpa, em -> {
            VolunteerExport out = VolunteerPrivacy.export(em, find(em, id), LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
            audit.record(by, "export", TYPE, id, null, null);
            return out;
        });
    }

    @Override
    public void erase(long id, UserContext by) {
        VolunteerRights.requireCoordinator(by, "volunteers.denied.erase", "erase a volunteer's data");
        JpaWork.write(jpa, TYPE, id, em -> {
            int hours = VolunteerPrivacy.erase(em, find(em, id));
            audit.record(by, "erase", TYPE, id, null, null);
            LOG.info("Volunteer {} erased; {} hour entries kept without the volunteer", id, hours);
        });
    }

    @Override
    public List<Reminder> reminders(int days, int months, UserContext by) {
        VolunteerRights.requireCoordinator(by, "volunteers.denied.reminders", "see reminders about volunteers");
        if (days < 0 || months < 1) {
            throw InvalidInputException.field("days", Message.of("volunteers.reminders.range", "days must be 0 or more and months 1 or more"));
        }
        return JpaWork.read(jpa, em -> Reminders.find(em, today(), days, months));
    }

    @Override
    public List<Reminder> reminders(UserContext by) {
        return reminders(certificateDays, idleMonths, by);
    }

    static VolunteerEntity find(EntityManager em, long id) {
        VolunteerEntity e = em.find(VolunteerEntity.class, id);
        if (e == null) {
            throw new NotFoundException(Message.of("volunteers.volunteer.notFound", "Volunteer {0} was not found", String.valueOf(id)));
        }
        return e;
    }

    private VolunteerDraft checked(VolunteerDraft draft) {
        if (draft == null) {
            throw new InvalidInputException(Message.of("volunteers.volunteer.empty", "The volunteer is empty"));
        }
        VolunteerDraft d = draft.validated();
        for (Long unit : d.preferredUnitIds()) {
            if (units.find(unit).isEmpty()) {
                throw InvalidInputException.field("preferredUnitIds", Message.of("volunteers.unit.unknown", "There is no unit {0}",
                        String.valueOf(unit)));
            }
        }
        return d;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
