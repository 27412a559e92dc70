package no.planverk.competence.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.FileFormat;
import no.planverk.competence.api.GapReport;
import no.planverk.competence.api.Position;
import no.planverk.competence.api.PositionDraft;
import no.planverk.competence.api.RequirementDraft;
import no.planverk.competence.api.RetirementParams;
import no.planverk.competence.core.internal.io.WorkforceTransfer;
import no.planverk.competence.core.internal.report.FulltimeServiceImpl;
import no.planverk.competence.core.internal.report.RetirementServiceImpl;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitDraft;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.testing.LocalJpaTemplate;
import no.planverk.platform.testing.MemoryUnits;
import no.planverk.platform.testing.RecordingAudit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The organisation units are read once per call, however many units, rows or requirements the call walks (the units
 * come from the platform's OrgUnitService, a database query each time in Planverk).
 */
class UnitReadsTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    static final UserContext HO_LEADER = UserContext.of("einingsleiar", Role.UNIT_LEADER).withUnits("ALV-HO");
    static final UserContext HEIM_LEADER = UserContext.of("heimleiar", Role.UNIT_LEADER).withUnits("ALV-HO-HEIM");

    final LocalJpaTemplate jpa = LocalJpaTemplate.inMemory("planverk-competence-test");
    final RecordingAudit audit = new RecordingAudit();
    final Counted units = new Counted(new MemoryUnits());
    final WorkforceServiceImpl workforce = new WorkforceServiceImpl(jpa, audit, units);
    final WorkforceTransfer transfer = WorkforceTransfer.using(jpa, audit, units);
    final RequirementServiceImpl requirements = new RequirementServiceImpl(jpa, audit, units);
    final FulltimeServiceImpl fulltime = FulltimeServiceImpl.using(jpa, audit, units);
    final RetirementServiceImpl retirements = RetirementServiceImpl.using(jpa, units, new RetirementParams(10, 62, 0.08));
    final long ho = units.id("ALV-HO");
    final long heim = units.id("ALV-HO-HEIM");
    final long inst = units.id("ALV-HO-INST");

    @BeforeEach
    void register() {
        String csv = "unit,year,category,percent,count,age\n"
                + "ALV-HO-HEIM,2025,helsefagarbeidar,100,2,40\nALV-HO-HEIM,2025,sjukepleiar,50,2,61\n"
                + "ALV-HO-INST,2025,sjukepleiar,100,3,30\nALV-HO-TILD,2025,assistent,60,1,62\n";
        workforce.importData(FileFormat.CSV, csv.getBytes(StandardCharsets.UTF_8), PLANNER);
        workforce.create(new PositionDraft(heim, 2025, Category.SPESIALSJUKEPLEIAR, 80.0, 1, null, null, false, "geriatri", "A17",
                "Kari Nordmann", 1963), PLANNER);
        for (long unit : List.of(ho, heim, inst)) {
            requirements.create(new RequirementDraft(unit, Category.SJUKEPLEIAR, 1.0, null, false, null, null), PLANNER);
        }
        units.reads = 0;
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    @Test
    void reportsOverAUnitAndTheUnitsBelowReadTheUnitsOnce() {
        assertEquals(4, fulltime.report(ho).units().size(), "Helse og omsorg and its three departments");
        assertReadOnce();
        assertEquals(5, workforce.units(2025).size(), "Alver, Helse og omsorg and its three departments");
        assertReadOnce();
        GapReport gaps = requirements.gaps(ho, 2025);
        assertEquals(3, gaps.gaps().size());
        assertReadOnce();
        retirements.project(ho, 2025, null);
        assertReadOnce();
        workforce.summary(ho, 2025);
        assertReadOnce();
    }

    @Test
    void rightsPerRowAreAskedOnceForTheWholeListOrFile() {
        List<Position> rows = workforce.positions(ho, 2025, HO_LEADER);
        assertEquals(5, rows.size());
        assertTrue(rows.stream().anyMatch(p -> "Kari Nordmann".equals(p.name())),
                "the leader of Helse og omsorg sees the names in its departments");
        assertReadOnce();

        String file = "unit,year,category,percent,count,age\n" + "ALV-HO-HEIM,2026,sjukepleiar,100,1,40\n".repeat(50)
                + "ALV-HO-INST,2026,sjukepleiar,100,1,40\n";
        ImportSummary preview = transfer.preview(new ImportFile(no.planverk.platform.api.transfer.FileFormat.CSV, WorkforceTransfer.KIND,
                file.getBytes(StandardCharsets.UTF_8)), HEIM_LEADER);
        assertEquals(1, preview.errors().size(), "only Institusjonstenester is not the leader's: " + preview.errors());
        assertEquals(52, preview.errors().get(0).line());
        assertReadOnce();

        assertThrows(AccessDeniedException.class, () -> workforce.positions(inst, 2025, HEIM_LEADER));
        assertEquals(1, units.reads, "a refusal reads the units once too");
    }

    private void assertReadOnce() {
        assertEquals(1, units.reads, "units read once in the call");
        assertEquals(0, units.finds, "no unit looked up one by one");
        units.reads = 0;
    }

    /** MemoryUnits counting the reads of the whole list and of single units. */
    static final class Counted implements OrgUnitService {
        private final MemoryUnits units;
        int reads;
        int finds;

        Counted(MemoryUnits units) {
            this.units = units;
        }

        long id(String code) {
            return units.id(code);
        }

        @Override
        public List<OrgUnit> list() {
            reads++;
            return units.list();
        }

        @Override
        public Optional<OrgUnit> find(long id) {
            finds++;
            return units.find(id);
        }

        @Override
        public Optional<OrgUnit> findByCode(String code) {
            finds++;
            return units.findByCode(code);
        }

        @Override
        public OrgUnit create(OrgUnitDraft draft, UserContext by) {
            return units.create(draft, by);
        }

        @Override
        public OrgUnit update(long id, long version, OrgUnitDraft draft, UserContext by) {
            return units.update(id, version, draft, by);
        }

        @Override
        public void delete(long id, long version, UserContext by) {
            units.delete(id, version, by);
        }
    }
}
