package no.planverk.competence.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import no.planverk.competence.api.FileFormat;
import no.planverk.competence.api.Position;
import no.planverk.competence.api.PositionDraft;
import no.planverk.competence.api.WorkforceService;
import no.planverk.competence.api.WorkforceSummary;
import no.planverk.competence.core.internal.io.WorkforceTables;
import no.planverk.competence.core.internal.io.WorkforceTransfer;
import no.planverk.competence.core.internal.persistence.CompetenceStore;
import no.planverk.competence.core.internal.persistence.PositionEntity;
import no.planverk.competence.core.internal.persistence.PositionReads;
import no.planverk.competence.core.internal.privacy.WorkforcePrivacy;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.persistence.api.JpaWork;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workforce register on JPA. The audit trail records rows without their personal fields, so erasing a person's
 * data leaves no copy there; reading personal fields is itself audited.
 */
@Component(service = WorkforceService.class)
public class WorkforceServiceImpl implements WorkforceService {

    private static final Logger LOG = LoggerFactory.getLogger(WorkforceServiceImpl.class);
    public static final String TYPE = "CompetencePosition";

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final OrgUnitService units;
    private final WorkforceTransfer transfer;

    @Activate
    public WorkforceServiceImpl(@Reference CompetenceStore store, @Reference AuditLog audit, @Reference OrgUnitService units) {
        this(store.jpa(), audit, units);
    }

    WorkforceServiceImpl(JpaTemplate jpa, AuditLog audit, OrgUnitService units) {
        this.jpa = jpa;
        this.audit = audit;
        this.units = units;
        this.transfer = WorkforceTransfer.using(jpa, audit, units);
    }

    @Override
    public List<Integer> years() {
        return JpaWork.read(jpa, PositionReads::years);
    }

    @Override
    public Integer latestYear() {
        return JpaWork.read(jpa, PositionReads::latestYear);
    }

    @Override
    public WorkforceSummary summary(long unitId, Integer year) {
        OrgUnitService org = units.snapshot();
        OrgUnit unit = CompetenceRights.unit(org, unitId);
        Integer y = year != null ? year : latestYear();
        if (y == null) {
            return Summaries.of(unit, 0, List.of());
        }
        return Summaries.of(unit, y, JpaWork.read(jpa, em -> PositionReads.of(em, org.subtree(unitId), y)));
    }

    @Override
    public List<WorkforceSummary> units(Integer year) {
        Integer y = year != null ? year : latestYear();
        if (y == null) {
            return List.of();
        }
        OrgUnitService org = units.snapshot();
        List<Position> all = JpaWork.read(jpa, em -> PositionReads.ofYear(em, y));
        List<WorkforceSummary> out = new ArrayList<>();
        for (OrgUnit u : org.list()) {
            Set<Long> below = org.subtree(u.id());
            List<Position> mine = all.stream().filter(p -> below.contains(p.unitId())).toList();
            if (!mine.isEmpty()) {
                out.add(Summaries.of(u, y, mine));
            }
        }
        return out;
    }

    @Override
    public List<Position> positions(long unitId, Integer year, UserContext user) {
        OrgUnitService org = units.snapshot();
        CompetenceRights.unit(org, unitId);
        CompetenceRights.requireRows(org, unitId, user);
        List<Position> rows = JpaWork.read(jpa, em -> {
            Integer y = year != null ? year : PositionReads.latestYear(em);
            return y == null ? List.<Position>of() : PositionReads.of(em, org.subtree(unitId), y);
        });
        LongPredicate personal = CompetenceRights.personal(org, user);
        List<Position> out = new ArrayList<>(rows.size());
        int shown = 0;
        for (Position p : rows) {
            boolean see = p.personal() && personal.test(p.unitId());
            shown += see ? 1 : 0;
            out.add(see ? p : p.masked());
        }
        if (shown > 0) {
            audit.record(user, "read-personal", TYPE, unitId, null, Map.of("year", out.get(0).year(), "rows", shown));
        }
        return out;
    }

    @Override
    public Position create(PositionDraft draft, UserContext by) {
        PositionDraft d = checked(draft);
        OrgUnitService org = units.snapshot();
        CompetenceRights.unit(org, d.unitId());
        CompetenceRights.requireEdit(org, d.unitId(), by, "change the register");
        return JpaWork.write(jpa, TYPE, "new", em -> {
            PositionEntity e = new PositionEntity(d);
            em.persist(e);
            em.flush();
            Position created = e.toRecord();
            audit.record(by, "create", TYPE, created.id(), null, created.masked());
            return created;
        });
    }

    @Override
    public Position update(long id, long version, PositionDraft draft, UserContext by) {
        PositionDraft d = checked(draft);
        OrgUnitService org = units.snapshot();
        CompetenceRights.unit(org, d.unitId());
        return JpaWork.write(jpa, TYPE, id, em -> {
            PositionEntity e = load(em, id, version, org, by);
            CompetenceRights.requireEdit(org, d.unitId(), by, "move a row to the register");
            Position before = e.toRecord();
            e.apply(d);
            em.flush();
            Position after = e.toRecord();
            audit.record(by, "update", TYPE, id, before.masked(), after.masked());
            return after;
        });
    }

    @Override
    public void delete(long id, long version, UserContext by) {
        OrgUnitService org = units.snapshot();
        JpaWork.write(jpa, TYPE, id, em -> {
            PositionEntity e = load(em, id, version, org, by);
            Position before = e.toRecord();
            em.remove(e);
            audit.record(by, "delete", TYPE, id, before.masked(), null);
        });
    }

    /** 404 when gone, 403 without rights, and only then 409 when someone else saved first. */
    private static PositionEntity load(javax.persistence.EntityManager em, long id, long version, OrgUnitService org, UserContext by) {
        PositionEntity e = em.find(PositionEntity.class, id);
        if (e == null) {
            throw new no.planverk.platform.api.NotFoundException(no.planverk.platform.api.Message.of("competence.position.notFound",
                    "Position {0} was not found", String.valueOf(id)));
        }
        CompetenceRights.requireEdit(org, e.unitId(), by, "change the register");
        return JpaWork.load(em, PositionEntity.class, id, version, "Position", PositionEntity::version);
    }

    @Override
    public int erasePersonalData(long unitId, UserContext by) {
        OrgUnitService org = units.snapshot();
        CompetenceRights.unit(org, unitId);
        CompetenceRights.requirePersonal(org, unitId, by, "erase the personal data");
        Set<Long> below = org.subtree(unitId);
        return JpaWork.write(jpa, TYPE, unitId, em -> {
            int n = WorkforcePrivacy.erasePersonal(em, below);
            audit.record(by, "erase-personal", TYPE, unitId, null, Map.of("rows", n));
            LOG.info("Personal data erased from {} register rows of unit {} by {}", n, unitId, by.username());
            return n;
        });
    }

    @Override
    public ImportSummary preview(FileFormat format, byte[] content, UserContext by) {
        return transfer.preview(file(format, content), by);
    }

    @Override
    public ImportSummary importData(FileFormat format, byte[] content, UserContext by) {
        return transfer.commit(file(format, content), by);
    }

    private static ImportFile file(FileFormat format, byte[] content) {
        if (format == null) {
            throw InvalidInputException.field("format", Message.of("competence.import.format", "Name the format: csv or xlsx"));
        }
        return new ImportFile(format == FileFormat.XLSX ? no.planverk.platform.api.transfer.FileFormat.XLSX
                : no.planverk.platform.api.transfer.FileFormat.CSV, WorkforceTransfer.KIND, content == null ? new byte[0] : content);
    }

    @Override
    public byte[] export(long unitId, Integer year, FileFormat format, UserContext user) {
        return WorkforceTables.export(positions(unitId, year, user), units.snapshot(), format == FileFormat.XLSX);
    }

    private static PositionDraft checked(PositionDraft draft) {
        if (draft == null) {
            throw new InvalidInputException(no.planverk.platform.api.Message.of("competence.position.empty", "The position is empty"));
        }
        return draft.validated();
    }
}
