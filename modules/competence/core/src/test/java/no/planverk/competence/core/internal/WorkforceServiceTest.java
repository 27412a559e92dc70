package no.planverk.competence.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.CategoryCount;
import no.planverk.competence.api.Position;
import no.planverk.competence.api.PositionDraft;
import no.planverk.competence.api.WorkforceService;
import no.planverk.competence.api.WorkforceSummary;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The register on Derby: rights, personal fields, erasure, versions. */
class WorkforceServiceTest {

    static final UserContext ADMIN = UserContext.of("admin", Role.ADMIN);
    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    static final UserContext HO_LEADER = UserContext.of("einingsleiar", Role.UNIT_LEADER).withUnits("ALV-HO");
    static final UserContext HEIM_LEADER = UserContext.of("heimleiar", Role.UNIT_LEADER).withUnits("ALV-HO-HEIM");
    static final UserContext READER = UserContext.of("lesar", Role.READER);

    final CompetenceFixture f = CompetenceFixture.inMemory();
    final WorkforceService workforce = f.workforce();
    final long ho = f.units().id("ALV-HO");
    final long heim = f.units().id("ALV-HO-HEIM");
    final long inst = f.units().id("ALV-HO-INST");

    @AfterEach
    void close() {
        f.close();
    }

    PositionDraft nurse(long unit, int count, int ageFrom, int ageTo) {
        return new PositionDraft(unit, 2025, Category.SJUKEPLEIAR, 100.0, count, ageFrom, ageTo, false, null, null, null, null);
    }

    PositionDraft kari() {
        return new PositionDraft(heim, 2025, Category.SPESIALSJUKEPLEIAR, 80.0, 1, null, null, false, "geriatri", "A17", "Kari Nordmann", 1963);
    }

    @Test
    void aPersonRowTakesItsAgeFromTheBirthYear() {
        Position p = workforce.create(kari(), PLANNER);
        assertEquals(62, p.ageFrom());
        assertEquals(62, p.ageTo());
        assertTrue(p.personal());
    }

    @Test
    void personalFieldsAreForAdminsAndTheUnitsLeadersOnlyAndTheirReadingIsAudited() {
        workforce.create(kari(), PLANNER);
        workforce.create(nurse(inst, 4, 40, 44), PLANNER);
        assertNull(workforce.positions(ho, 2025, PLANNER).stream().filter(Position::personal).findFirst().orElseThrow().name());
        assertTrue(f.audit().calls().stream().noneMatch(c -> c.action().equals("read-personal")));
        assertEquals("Kari Nordmann", workforce.positions(ho, 2025, HO_LEADER).stream().filter(Position::personal).findFirst().orElseThrow()
                .name());
        assertEquals("A17", workforce.positions(heim, null, HEIM_LEADER).get(0).employeeNo());
        assertEquals("Kari Nordmann", workforce.positions(ho, 2025, ADMIN).stream().filter(Position::personal).findFirst().orElseThrow()
                .name());
        assertEquals(3, f.audit().calls().stream().filter(c -> c.action().equals("read-personal")).count());
    }

    @Test
    void readersSeeSummariesNotRows() {
        workforce.create(nurse(heim, 3, 55, 59), PLANNER);
        workforce.create(nurse(inst, 2, 30, 34), PLANNER);
        assertThrows(AccessDeniedException.class, () -> workforce.positions(ho, null, READER));
        assertThrows(AccessDeniedException.class, () -> workforce.positions(ho, null, HEIM_LEADER), "a leader below is not a leader above");
        WorkforceSummary s = workforce.summary(ho, null);
        assertEquals(5, s.positions());
        assertEquals(5.0, s.fte(), 1e-9);
        assertEquals(3, s.aged55plus());
        assertEquals(List.of(new CategoryCount(Category.SJUKEPLEIAR, 5, 5.0, 3, 0, 0)), s.categories());
        assertEquals(List.of("Heimetenester", "Helse og omsorg", "Institusjonstenester", "Alver kommune"), workforce.units(2025).stream()
                .map(WorkforceSummary::unitName).sorted((a, b) -> a.equals("Alver kommune") ? 1 : b.equals("Alver kommune") ? -1
                        : a.compareTo(b)).toList());
    }

    @Test
    void unitLeadersChangeTheirOwnUnitsOnly() {
        Position p = workforce.create(nurse(heim, 1, 40, 44), HEIM_LEADER);
        assertThrows(AccessDeniedException.class, () -> workforce.create(nurse(inst, 1, 40, 44), HEIM_LEADER));
        assertThrows(AccessDeniedException.class, () -> workforce.update(p.id(), p.version(), nurse(inst, 1, 40, 44), HEIM_LEADER));
        assertThrows(AccessDeniedException.class, () -> workforce.delete(p.id(), p.version(), READER));
        workforce.delete(p.id(), p.version(), HO_LEADER);
        assertEquals(0, workforce.summary(ho, 2025).positions());
    }

    @Test
    void aStaleVersionIsRefused() {
        Position p = workforce.create(nurse(heim, 1, 40, 44), PLANNER);
        Position changed = workforce.update(p.id(), p.version(), nurse(heim, 2, 40, 44), PLANNER);
        assertEquals(p.version() + 1, changed.version());
        assertThrows(StaleVersionException.class, () -> workforce.update(p.id(), p.version(), nurse(heim, 3, 40, 44), PLANNER));
    }

    @Test
    void badDraftsNameTheirFields() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> workforce.create(new PositionDraft(heim, 1990, null, 0.0,
                2, 50, 40, false, null, "A1", null, null), PLANNER));
        assertEquals(List.of("year", "category", "percent", "count", "ageFrom"), List.copyOf(e.fieldErrors().keySet()));
    }

    @Test
    void erasingBlanksThePersonalFieldsButKeepsThePosition() {
        workforce.create(kari(), PLANNER);
        assertThrows(AccessDeniedException.class, () -> workforce.erasePersonalData(ho, PLANNER), "planners do not handle personal data");
        assertEquals(1, workforce.erasePersonalData(ho, HO_LEADER));
        Position p = workforce.positions(heim, 2025, ADMIN).get(0);
        assertEquals(false, p.personal());
        assertNull(p.name());
        assertNull(p.birthYear());
        assertEquals(62, p.ageFrom());
        assertEquals(0.8, p.fte(), 1e-9);
        assertEquals(0, workforce.erasePersonalData(ho, ADMIN));
    }
}
