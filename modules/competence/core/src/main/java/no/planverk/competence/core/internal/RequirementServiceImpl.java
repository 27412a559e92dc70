package no.planverk.competence.core.internal;

import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import no.planverk.competence.api.GapReport;
import no.planverk.competence.api.Position;
import no.planverk.competence.api.Requirement;
import no.planverk.competence.api.RequirementDraft;
import no.planverk.competence.api.RequirementService;
import no.planverk.competence.core.internal.persistence.CompetenceStore;
import no.planverk.competence.core.internal.persistence.PositionReads;
import no.planverk.competence.core.internal.persistence.RequirementEntity;
import no.planverk.competence.core.internal.report.Gaps;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.persistence.api.JpaWork;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Requirements on JPA, and their gaps against the register of a year. */
@Component(service = RequirementService.class)
public class RequirementServiceImpl implements RequirementService {

    static final String TYPE = "CompetenceRequirement";

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final OrgUnitService units;

    @Activate
    public RequirementServiceImpl(@Reference CompetenceStore store, @Reference AuditLog audit, @Reference OrgUnitService units) {
        this(store.jpa(), audit, units);
    }

    RequirementServiceImpl(JpaTemplate jpa, AuditLog audit, OrgUnitService units) {
        this.jpa = jpa;
        this.audit = audit;
        this.units = units;
    }

    @Override
    public List<Requirement> list(Long unitId) {
        OrgUnitService org = units.snapshot();
        return JpaWork.read(jpa, em -> read(em, unitId == null ? null : org.subtree(CompetenceRights.unit(org, unitId).id())));
    }

    private static List<Requirement> read(EntityManager em, Set<Long> unitIds) {
        var q = em.createQuery("select r from RequirementEntity r" + (unitIds == null ? "" : " where r.unitId in :units")
                + " order by r.unitId, r.category", RequirementEntity.class);
        if (unitIds != null) {
            q.setParameter("units", unitIds);
        }
        return q.getResultStream().map(RequirementEntity::toRecord).toList();
    }

    @Override
    public Requirement create(RequirementDraft draft, UserContext by) {
        RequirementDraft d = checked(draft, by);
        return JpaWork.write(jpa, TYPE, "new", em -> {
            unique(em, d, null);
            RequirementEntity e = new RequirementEntity(d);
            em.persist(e);
            em.flush();
            Requirement created = e.toRecord();
            audit.record(by, "create", TYPE, created.id(), null, created);
            return created;
        });
    }

    @Override
    public Requirement update(long id, long version, RequirementDraft draft, UserContext by) {
        RequirementDraft d = checked(draft, by);
        OrgUnitService org = units.snapshot();
        return JpaWork.write(jpa, TYPE, id, em -> {
            RequirementEntity e = load(em, id, version, org, by);
            unique(em, d, id);
            Requirement before = e.toRecord();
            e.apply(d);
            em.flush();
            Requirement after = e.toRecord();
            audit.record(by, "update", TYPE, id, before, after);
            return after;
        });
    }

    @Override
    public void delete(long id, long version, UserContext by) {
        OrgUnitService org = units.snapshot();
        JpaWork.write(jpa, TYPE, id, em -> {
            RequirementEntity e = load(em, id, version, org, by);
            Requirement before = e.toRecord();
            em.remove(e);
            audit.record(by, "delete", TYPE, id, before, null);
        });
    }

    @Override
    public GapReport gaps(Long unitId, Integer year) {
        OrgUnitService org = units.snapshot();
        Set<Long> scope = unitId == null ? null : org.subtree(CompetenceRights.unit(org, unitId).id());
        return JpaWork.read(jpa, em -> {
            Integer y = year != null ? year : PositionReads.latestYear(em);
            List<Requirement> requirements = read(em, scope);
            List<Position> positions = y == null ? List.of() : PositionReads.ofYear(em, y);
            return Gaps.report(y, requirements, positions, org);
        });
    }

    private static RequirementEntity load(EntityManager em, long id, long version, OrgUnitService org, UserContext by) {
        RequirementEntity e = em.find(RequirementEntity.class, id);
        if (e == null) {
            throw new NotFoundException(Message.of("competence.requirement.notFound", "Requirement {0} was not found", String.valueOf(id)));
        }
        CompetenceRights.requireEdit(org, e.toRecord().unitId(), by, "change the requirements");
        return JpaWork.load(em, RequirementEntity.class, id, version, "Requirement", RequirementEntity::version);
    }

    private RequirementDraft checked(RequirementDraft draft, UserContext by) {
        if (draft == null) {
            throw new InvalidInputException(Message.of("competence.requirement.empty", "The requirement is empty"));
        }
        RequirementDraft d = draft.validated();
        OrgUnitService org = units.snapshot();
        CompetenceRights.unit(org, d.unitId());
        CompetenceRights.requireEdit(org, d.unitId(), by, "change the requirements");
        return d;
    }

    private static void unique(EntityManager em, RequirementDraft d, Long self) {
        List<Long> same = em.createQuery("select r.id from RequirementEntity r where r.unitId = :u and r.category = :c", Long.class)
                .setParameter("u", d.unitId()).setParameter("c", d.category().id()).getResultList();
        if (same.stream().anyMatch(id -> !id.equals(self))) {
            throw InvalidInputException.field("category", Message.of("competence.requirement.taken",
                    "The unit has a requirement for {0} already; change that one", d.category().label()));
        }
    }
}
