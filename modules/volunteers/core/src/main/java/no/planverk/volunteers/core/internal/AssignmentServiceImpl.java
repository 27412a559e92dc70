package no.planverk.volunteers.core.internal;

import no.planverk.platform.api.Message;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.persistence.api.JpaWork;
import no.planverk.volunteers.api.AssignResult;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentDraft;
import no.planverk.volunteers.api.AssignmentMatch;
import no.planverk.volunteers.api.AssignmentQuery;
import no.planverk.volunteers.api.AssignmentService;
import no.planverk.volunteers.api.Conflict;
import no.planverk.volunteers.api.Match;
import no.planverk.platform.api.link.MeasureDirectory;
import no.planverk.volunteers.api.Placement;
import no.planverk.volunteers.api.Score;
import no.planverk.volunteers.api.StepDirectory;
import no.planverk.volunteers.api.StepLabel;
import no.planverk.volunteers.api.UnitContact;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerStatus;
import no.planverk.volunteers.core.internal.persistence.AssignmentEntity;
import no.planverk.volunteers.core.internal.persistence.AssignmentReads;
import no.planverk.volunteers.core.internal.persistence.PlacementEntity;
import no.planverk.volunteers.core.internal.persistence.UnitContactEntity;
import no.planverk.volunteers.core.internal.persistence.VolunteerEntity;
import no.planverk.volunteers.core.internal.persistence.VolunteersStore;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

@Component(service = AssignmentService.class)
public class AssignmentServiceImpl implements AssignmentService {

    static final String TYPE = AssignmentReads.TYPE;
    static final String PLACEMENT = "VolunteerPlacement";

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final OrgUnitService units;
    private final VolunteerRights rights;
    private final Clock clock;

    private volatile MeasureDirectory directory;
    private volatile StepDirectory stepDirectory;

    @Activate
    public AssignmentServiceImpl(@Reference VolunteersStore store, @Reference AuditLog audit, @Reference OrgUnitService units) {
        this(store.jpa(), audit, units, Clock.system(ZoneId.of("Europe/Oslo")));
    }

    AssignmentServiceImpl(JpaTemplate jpa, AuditLog audit, OrgUnitService units, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.units = units;
        this.rights = new VolunteerRights(units);
        this.clock = clock;
    }

    /** The measures module's measures, the platform's MeasureDirectory that the measures core registers; without it measure links are not checked. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setDirectory(MeasureDirectory d) {
        directory = d;
    }

    void unsetDirectory(MeasureDirectory d) {
        if (directory == d) {
            directory = null;
        }
    }

    /** The forecasting module's staircase, through the bridge bundle; without it the steps are plain numbers. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setStepDirectory(StepDirectory d) {
        stepDirectory = d;
    }

    void unsetStepDirectory(StepDirectory d) {
        if (stepDirectory == d) {
            stepDirectory = null;
        }
    }

    @Override
    public List<StepLabel> steps() {
        return Steps.of(stepDirectory);
    }

    @Override
    public List<Assignment> list(AssignmentQuery query) {
        AssignmentQuery q = query == null ? AssignmentQuery.all() : query;
        Set<Long> unitIds = q.unitId() == null ? null : units.subtree(q.unitId());
        return JpaWork.read(jpa, em -> AssignmentReads.list(em, q, unitIds, today()));
    }

    @Override
    public Optional<Assignment> find(long id) {
        return JpaWork.read(jpa, em -> Optional.ofNullable(em.find(AssignmentEntity.class, id)).map(e -> AssignmentReads.record(em, e,
                today())));
    }

    @Override
    public Assignment create(AssignmentDraft draft, UserContext by) {
        AssignmentDraft d = checked(draft);
        rights.requireManageUnit(by, d.unitId(), "volunteers.denied.assignment.create", "create assignments for this unit");
        return JpaWork.write(jpa, TYPE, "new", em -> {
            OrganisationServiceImpl.requireExists(em, d.organisationId());
            requireMeasure(d.measureId());
            AssignmentEntity e = new AssignmentEntity(d);
            em.persist(e);
            em.flush();
            Assignment created = AssignmentReads.record(em, e, today());
            audit.record(by, "create", TYPE, created.id(), null, created);
            return created;
        });
    }

    @Override
    public Assignment update(long id, long version, AssignmentDraft draft, UserContext by) {
        AssignmentDraft d = checked(draft);
        return JpaWork.write(jpa, TYPE, id, em -> {
            AssignmentEntity e = AssignmentReads.find(em, id);
            rights.requireManageUnit(by, e.unitId(), "volunteers.denied.assignment.change", "change assignment {1}", String.valueOf(id));
            rights.requireManageUnit(by, d.unitId(), "volunteers.denied.assignment.move", "move an assignment to this unit");
            JpaWork.load(em, AssignmentEntity.class, id, version, TYPE, AssignmentEntity::version);
            OrganisationServiceImpl.requireExists(em, d.organisationId());
            if (!java.util.Objects.equals(e.measureId(), d.measureId())) {
                requireMeasure(d.measureId());
            }
            Assignment before = AssignmentReads.record(em, e, today());
            e.apply(d);
            em.flush();
            Assignment after = AssignmentReads.record(em, e, today());
            audit.record(by, "update", TYPE, id, before, after);
            return after;
        });
    }

    @Override
    public void delete(long id, long version, UserContext by) {
        JpaWork.write(jpa, TYPE, id, em -> {
            AssignmentEntity e = AssignmentReads.find(em, id);
            rights.requireManageUnit(by, e.unitId(), "volunteers.denied.assignment.delete", "delete assignment {1}", String.valueOf(id));
            JpaWork.load(em, AssignmentEntity.class, id, version, TYPE, AssignmentEntity::version);
            long hours = em.createQuery("select count(h) from HoursEntity h where h.assignmentId = :id", Long.class).setParameter("id", id)
                    .getSingleResult();
            if (hours > 0) {
                throw new InvalidInputException(Message.of("volunteers.assignment.hasHours", "Assignment {0} has {1} hour entries; they"
                        + " count in the reports, so the assignment stays (set its last date instead)", String.valueOf(id), String.valueOf(hours)));
            }
            Assignment before = AssignmentReads.record(em, e, today());
            em.createQuery("delete from PlacementEntity p where p.assignmentId = :id").setParameter("id", id).executeUpdate();
            em.remove(e);
            audit.record(by, "delete", TYPE, id, before, null);
        });
    }

    @Override
    public List<Placement> placements(long assignmentId, UserContext by) {
        return JpaWork.read(jpa, em -> {
            AssignmentEntity a = AssignmentReads.find(em, assignmentId);
            rights.requireAssignmentVolunteers(em, by, a.unitId(), "volunteers.denied.assignment.volunteers",
                    "see the volunteers of assignment {1}", String.valueOf(assignmentId));
            return em.createQuery("select p from PlacementEntity p where p.assignmentId = :id order by p.fromDate, p.id",
                    PlacementEntity.class).setParameter("id", assignmentId).getResultList().stream().map(PlacementEntity::toRecord)
                    .toList();
        });
    }

    @Override
    public AssignResult assign(long assignmentId, long volunteerId, LocalDate from, UserContext by) {
        VolunteerRights.requireCoordinator(by, "volunteers.denied.place", "place volunteers");
        return JpaWork.write(jpa, PLACEMENT, assignmentId, em -> {
            LocalDate today = today();
            Assignment a = AssignmentReads.record(em, AssignmentReads.find(em, assignmentId), today);
            Volunteer v = VolunteerServiceImpl.find(em, volunteerId).toRecord();
            if (v.status() == VolunteerStatus.ARCHIVED) {
                throw InvalidInputException.field("volunteerId", Message.of("volunteers.place.archived",
                        "Volunteer {0} is archived; make them an applicant again", String.valueOf(volunteerId)));
            }
            if (!a.schedule().runningOn(from == null ? today : from)) {
                throw InvalidInputException.field("assignmentId", Message.of("volunteers.place.ended", "Assignment {0} has ended",
                        String.valueOf(assignmentId)));
            }
            if (from != null && from.isBefore(a.schedule().start())) {
                throw InvalidInputException.field("from", Message.of("volunteers.place.beforeStart", "The assignment starts {0}, after {1}",
                        a.schedule().start().toString(), from.toString()));
            }
            LocalDate first = from == null ? Matching.firstDay(a, today) : from;
            List<PlacementEntity> mine = AssignmentReads.current(em, List.of(volunteerId), today).getOrDefault(volunteerId, List.of());
            if (mine.stream().anyMatch(p -> p.assignmentId() == assignmentId)) {
                throw InvalidInputException.field("volunteerId", Message.of("volunteers.place.twice",
                        "Volunteer {0} is placed on this assignment already", String.valueOf(volunteerId)));
            }
            List<Conflict> conflicts = Conflicts.find(v, a, List.copyOf(AssignmentReads.assignments(em, List.of(mine), today).values()),
                    first);
            PlacementEntity p = new PlacementEntity(assignmentId, volunteerId, first, by.username(),
                    LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
            em.persist(p);
            em.flush();
            Placement placed = p.toRecord();
            audit.record(by, "assign", PLACEMENT, placed.id(), null, placed);
            return new AssignResult(placed, conflicts);
        });
    }

    @Override
    public void unassign(long assignmentId, long volunteerId, UserContext by) {
        VolunteerRights.requireCoordinator(by, "volunteers.denied.unplace", "end placements");
        JpaWork.write(jpa, PLACEMENT, assignmentId, em -> {
            List<PlacementEntity> current = AssignmentReads.current(em, List.of(volunteerId), today()).getOrDefault(volunteerId, List.of())
                    .stream().filter(p -> p.assignmentId() == assignmentId).toList();
            if (current.isEmpty()) {
                throw InvalidInputException.field("volunteerId", Message.of("volunteers.place.notPlaced",
                        "Volunteer {0} is not placed on assignment {1}", String.valueOf(volunteerId), String.valueOf(assignmentId)));
            }
            for (PlacementEntity p : current) {
                Placement before = p.toRecord();
                p.end(today());
                audit.record(by, "unassign", PLACEMENT, before.id(), before, p.toRecord());
            }
        });
    }

    @Override
    public List<Match> matches(long assignmentId, UserContext by) {
        VolunteerRights.requireCoordinator(by, "volunteers.denied.matches", "see matching volunteers");
        return JpaWork.read(jpa, em -> {
            LocalDate today = today();
            Assignment a = AssignmentReads.record(em, AssignmentReads.find(em, assignmentId), today);
            Set<Long> above = AssignmentReads.unitAndAbove(AssignmentReads.parents(units), a.unitId());
            Map<Long, List<PlacementEntity>> placed = AssignmentReads.current(em, null, today);
            Map<Long, Assignment> theirs = AssignmentReads.assignments(em, placed.values(), today);
            return active(em).stream().filter(v -> Matching.eligible(v, a, today))
                    .filter(v -> placed.getOrDefault(v.id(), List.of()).stream().noneMatch(p -> p.assignmentId() == assignmentId))
                    .map(v -> {
                        Score s = Matching.score(v, a, above);
                        List<Assignment> others = placed.getOrDefault(v.id(), List.of()).stream()
                                .map(p -> theirs.get(p.assignmentId())).toList();
                        return new Match(v.id(), v.name(), s.total(), s, Conflicts.find(v, a, others, today));
                    })
                    .sorted(Comparator.comparingInt(Match::score).reversed().thenComparing(Match::name)
                            .thenComparingLong(Match::volunteerId))
                    .toList();
        });
    }

    @Override
    public List<AssignmentMatch> suitable(long volunteerId, UserContext by) {
        VolunteerRights.requireCoordinator(by, "volunteers.denied.suitable", "see assignments for a volunteer");
        return JpaWork.read(jpa, em -> {
            LocalDate today = today();
            Volunteer v = VolunteerServiceImpl.find(em, volunteerId).toRecord();
            Map<Long, Long> parents = AssignmentReads.parents(units);
            Set<Long> mine = AssignmentReads.current(em, List.of(volunteerId), today).getOrDefault(volunteerId, List.of()).stream()
                    .map(PlacementEntity::assignmentId).collect(java.util.stream.Collectors.toSet());
            return AssignmentReads.list(em, new AssignmentQuery(null, true, null), null, today).stream()
                    .filter(a -> !mine.contains(a.id()) && Matching.eligible(v, a, today))
                    .map(a -> {
                        Score s = Matching.score(v, a, AssignmentReads.unitAndAbove(parents, a.unitId()));
                        return new AssignmentMatch(a, s.total(), s);
                    })
                    .sorted(Comparator.comparingInt(AssignmentMatch::score).reversed()
                            .thenComparing(m -> m.assignment().schedule().start()))
                    .toList();
        });
    }

    private static List<Volunteer> active(EntityManager em) {
        return em.createQuery("select v from VolunteerEntity v where v.status = :s", VolunteerEntity.class)
                .setParameter("s", VolunteerStatus.ACTIVE.id()).getResultList().stream().map(VolunteerEntity::toRecord).toList();
    }

    @Override
    public List<UnitContact> contacts() {
        return JpaWork.read(jpa, em -> em.createQuery("select c from UnitContactEntity c order by c.unitId", UnitContactEntity.class)
                .getResultList().stream().map(UnitContactEntity::toRecord).toList());
    }

    @Override
    public UnitContact setContact(UnitContact contact, UserContext by) {
        UnitContact c = Contacts.checked(contact, units);
        rights.requireManageUnit(by, c.unitId(), "volunteers.denied.contact.set", "name the unit's volunteer contact");
        return JpaWork.write(jpa, "VolunteerContact", c.unitId(), em -> {
            UnitContactEntity e = em.find(UnitContactEntity.class, c.unitId());
            UnitContact before = e == null ? null : e.toRecord();
            if (e == null) {
                e = new UnitContactEntity(c.unitId());
                em.persist(e);
            }
            e.apply(c);
            audit.record(by, "set-contact", "VolunteerContact", c.unitId(), Audited.Contact.of(before), Audited.Contact.of(c));
            return e.toRecord();
        });
    }

    @Override
    public void removeContact(long unitId, UserContext by) {
        rights.requireManageUnit(by, unitId, "volunteers.denied.contact.remove", "remove the unit's volunteer contact");
        JpaWork.write(jpa, "VolunteerContact", unitId, em -> {
            UnitContactEntity e = em.find(UnitContactEntity.class, unitId);
            if (e != null) {
                audit.record(by, "remove-contact", "VolunteerContact", unitId, Audited.Contact.of(e.toRecord()), null);
                em.remove(e);
            }
        });
    }

    /** With the measures module, a new link must name a measure that exists; without it the id is kept unchecked. */
    private void requireMeasure(Long measureId) {
        MeasureDirectory d = directory;
        if (measureId != null && d != null && d.find(measureId).isEmpty()) {
            throw InvalidInputException.field("measureId", Message.of("volunteers.assignment.measure.unknown", "There is no measure {0}",
                    String.valueOf(measureId)));
        }
    }

    @Override
    public List<Placement> placementsOf(long volunteerId, UserContext by) {
        return JpaWork.read(jpa, em -> {
            rights.requireSeeVolunteer(em, by, volunteerId);
            VolunteerServiceImpl.find(em, volunteerId);
            Set<Long> mine = VolunteerRights.coordinator(by) ? null : rights.contactUnits(em, by);
            TypedQuery<PlacementEntity> q = em.createQuery("select p from PlacementEntity p, AssignmentEntity a"
                    + " where p.assignmentId = a.id and p.volunteerId = :v" + (mine == null ? "" : " and a.unitId in :units")
                    + " order by p.fromDate, p.id", PlacementEntity.class).setParameter("v", volunteerId);
            if (mine != null) {
                q.setParameter("units", mine);
            }
            List<Placement> all = q.getResultList().stream().map(PlacementEntity::toRecord).toList();
            audit.record(by, "read", VolunteerServiceImpl.TYPE, volunteerId, null, null);
            return all;
        });
    }

    private AssignmentDraft checked(AssignmentDraft draft) {
        if (draft == null) {
            throw new InvalidInputException(Message.of("volunteers.assignment.empty", "The assignment is empty"));
        }
        AssignmentDraft d = draft.validated();
        if (units.find(d.unitId()).isEmpty()) {
            throw InvalidInputException.field("unitId", Message.of("volunteers.unit.unknown", "There is no unit {0}", String.valueOf(d.unitId())));
        }
        return d;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
