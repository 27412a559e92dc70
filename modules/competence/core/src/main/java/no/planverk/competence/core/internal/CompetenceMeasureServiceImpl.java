package no.planverk.competence.core.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import no.planverk.competence.api.CompetenceMeasure;
import no.planverk.competence.api.CompetenceMeasureDraft;
import no.planverk.competence.api.CompetenceMeasureService;
import no.planverk.competence.core.internal.persistence.CompetenceMeasureEntity;
import no.planverk.competence.core.internal.persistence.CompetenceStore;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.link.MeasureDirectory;
import no.planverk.platform.api.link.MeasureRef;
import no.planverk.platform.persistence.api.JpaWork;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Competence measures on JPA; links to the measures module are checked and labelled while it is installed. */
@Component(service = CompetenceMeasureService.class)
public class CompetenceMeasureServiceImpl implements CompetenceMeasureService {

    static final String TYPE = "CompetenceMeasure";

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final OrgUnitService units;
    private volatile MeasureDirectory directory;

    @Activate
    public CompetenceMeasureServiceImpl(@Reference CompetenceStore store, @Reference AuditLog audit, @Reference OrgUnitService units) {
        this(store.jpa(), audit, units);
    }

    CompetenceMeasureServiceImpl(JpaTemplate jpa, AuditLog audit, OrgUnitService units) {
        this.jpa = jpa;
        this.audit = audit;
        this.units = units;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setDirectory(MeasureDirectory d) {
        this.directory = d;
    }

    void unsetDirectory(MeasureDirectory d) {
        if (this.directory == d) {
            this.directory = null;
        }
    }

    @Override
    public boolean measuresInstalled() {
        return directory != null;
    }

    @Override
    public List<CompetenceMeasure> list(Long unitId, Integer year) {
        OrgUnitService org = units.snapshot();
        Set<Long> scope = unitId == null ? null : org.subtree(CompetenceRights.unit(org, unitId).id());
        MeasureDirectory d = directory;
        return JpaWork.read(jpa, em -> {
            var q = em.createQuery("select m from CompetenceMeasureEntity m where 1 = 1" + (scope == null ? "" : " and m.unitId in :units")
                    + (year == null ? "" : " and m.year = :y") + " order by m.year, m.unitId, m.title", CompetenceMeasureEntity.class);
            if (scope != null) {
                q.setParameter("units", scope);
            }
            if (year != null) {
                q.setParameter("y", year);
            }
            return q.getResultStream().map(e -> e.toRecord(label(d, e.measureId()))).toList();
        });
    }

    @Override
    public Optional<CompetenceMeasure> find(long id) {
        MeasureDirectory d = directory;
        return JpaWork.read(jpa, em -> Optional.ofNullable(em.find(CompetenceMeasureEntity.class, id)).map(e -> e.toRecord(label(d,
                e.measureId()))));
    }

    @Override
    public CompetenceMeasure create(CompetenceMeasureDraft draft, UserContext by) {
        CompetenceMeasureDraft d = checked(draft, by);
        return JpaWork.write(jpa, TYPE, "new", em -> {
            CompetenceMeasureEntity e = new CompetenceMeasureEntity(d);
            em.persist(e);
            em.flush();
            CompetenceMeasure created = e.toRecord(label(directory, d.measureId()));
            audit.record(by, "create", TYPE, created.id(), null, created);
            return created;
        });
    }

    @Override
    public CompetenceMeasure update(long id, long version, CompetenceMeasureDraft draft, UserContext by) {
        CompetenceMeasureDraft d = checked(draft, by);
        OrgUnitService org = units.snapshot();
        return JpaWork.write(jpa, TYPE, id, em -> {
            CompetenceMeasureEntity e = load(em, id, version, org, by);
            CompetenceMeasure before = e.toRecord(null);
            e.apply(d);
            em.flush();
            CompetenceMeasure after = e.toRecord(label(directory, d.measureId()));
            audit.record(by, "update", TYPE, id, before, after);
            return after;
        });
    }

    @Override
    public void delete(long id, long version, UserContext by) {
        OrgUnitService org = units.snapshot();
        JpaWork.write(jpa, TYPE, id, em -> {
            CompetenceMeasureEntity e = load(em, id, version, org, by);
            CompetenceMeasure before = e.toRecord(null);
            em.remove(e);
            audit.record(by, "delete", TYPE, id, before, null);
        });
    }

    private static CompetenceMeasureEntity load(EntityManager em, long id, long version, OrgUnitService org, UserContext by) {
        CompetenceMeasureEntity e = em.find(CompetenceMeasureEntity.class, id);
        if (e == null) {
            throw new NotFoundException(Message.of("competence.measure.notFound", "Competence measure {0} was not found",
                    String.valueOf(id)));
        }
        CompetenceRights.requireEdit(org, e.unitId(), by, "change the competence measures");
        return JpaWork.load(em, CompetenceMeasureEntity.class, id, version, "Competence measure", CompetenceMeasureEntity::version);
    }

    private CompetenceMeasureDraft checked(CompetenceMeasureDraft draft, UserContext by) {
        if (draft == null) {
            throw new InvalidInputException(Message.of("competence.measure.empty", "The competence measure is empty"));
        }
        CompetenceMeasureDraft d = draft.validated();
        OrgUnitService org = units.snapshot();
        CompetenceRights.unit(org, d.unitId());
        CompetenceRights.requireEdit(org, d.unitId(), by, "change the competence measures");
        MeasureDirectory dir = directory;
        if (d.measureId() != null && dir != null && dir.find(d.measureId()).isEmpty()) {
            throw InvalidInputException.field("measureId", Message.of("competence.measure.unknownMeasure",
                    "There is no measure {0} in the measures module", String.valueOf(d.measureId())));
        }
        return d;
    }

    private static String label(MeasureDirectory d, Long measureId) {
        return d == null || measureId == null ? null : d.find(measureId).map(MeasureRef::label).orElse(null);
    }
}
