package no.planverk.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.AuditEntry;
import no.planverk.platform.api.AuditQuery;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitDraft;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.testing.LocalJpaTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against real EclipseLink on in-memory Derby. */
class OrgUnitServiceImplTest {

    private static final UserContext ADMIN = UserContext.of("admin", Role.ADMIN);
    private LocalJpaTemplate jpa;
    private AuditLogImpl audit;
    private OrgUnitServiceImpl units;

    @BeforeEach
    void setUp() {
        jpa = LocalJpaTemplate.inMemory("planverk-platform-test");
        audit = new AuditLogImpl(jpa, Clock.systemUTC());
        units = new OrgUnitServiceImpl(jpa, audit);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    @Test
    void createsUnitsUnderAParentAndAuditsThem() {
        OrgUnit ho = units.create(new OrgUnitDraft("HO", "Helse og omsorg", null), ADMIN);
        OrgUnit heim = units.create(new OrgUnitDraft("HO-HEIM", "Heimetenester", ho.id()), ADMIN);

        assertEquals(List.of("Heimetenester", "Helse og omsorg"), units.list().stream().map(OrgUnit::name).toList());
        assertEquals(ho.id(), units.findByCode("HO-HEIM").orElseThrow().parentId());
        List<AuditEntry> trail = audit.find(AuditQuery.latest(10));
        assertEquals(2, trail.size());
        assertEquals("create", trail.get(0).action());
        assertEquals(String.valueOf(heim.id()), trail.get(0).entityId());
        assertNull(trail.get(0).before());
        assertTrue(trail.get(0).after().contains("\"name\":\"Heimetenester\""), trail.get(0).after());
    }

    @Test
    void refusesADuplicateCode() {
        units.create(new OrgUnitDraft("HO", "Helse og omsorg", null), ADMIN);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> units.create(new OrgUnitDraft("HO", "Another", null), ADMIN));
        assertTrue(e.fieldErrors().containsKey("code"));
        assertEquals(1, units.list().size());
    }

    @Test
    void refusesAStaleVersionAndKeepsTheOtherChange() {
        OrgUnit ho = units.create(new OrgUnitDraft("HO", "Helse og omsorg", null), ADMIN);
        OrgUnit first = units.update(ho.id(), ho.version(), new OrgUnitDraft("HO", "Helse", null), ADMIN);
        assertEquals(ho.version() + 1, first.version());

        assertThrows(StaleVersionException.class,
                () -> units.update(ho.id(), ho.version(), new OrgUnitDraft("HO", "Omsorg", null), ADMIN));
        assertEquals("Helse", units.find(ho.id()).orElseThrow().name());
    }

    @Test
    void refusesACycleAndAnUnknownParent() {
        OrgUnit a = units.create(new OrgUnitDraft("A", "A", null), ADMIN);
        OrgUnit b = units.create(new OrgUnitDraft("B", "B", a.id()), ADMIN);
        assertThrows(InvalidInputException.class,
                () -> units.update(a.id(), a.version(), new OrgUnitDraft("A", "A", b.id()), ADMIN));
        assertThrows(InvalidInputException.class, () -> units.create(new OrgUnitDraft("C", "C", 999L), ADMIN));
    }

    @Test
    void deletesOnlyLeavesAndNeedsAdmin() {
        OrgUnit a = units.create(new OrgUnitDraft("A", "A", null), ADMIN);
        OrgUnit b = units.create(new OrgUnitDraft("B", "B", a.id()), ADMIN);
        assertThrows(InvalidInputException.class, () -> units.delete(a.id(), a.version(), ADMIN));
        assertThrows(AccessDeniedException.class,
                () -> units.delete(b.id(), b.version(), UserContext.of("p", Role.PLANNER)));
        units.delete(b.id(), b.version(), ADMIN);
        assertThrows(NotFoundException.class, () -> units.delete(b.id(), b.version(), ADMIN));
        assertEquals(1, units.list().size());
        assertEquals("delete", audit.find(AuditQuery.latest(1)).get(0).action());
    }

    @Test
    void auditQueriesFilterByTypeAndActorAndPage() {
        units.create(new OrgUnitDraft("A", "A", null), ADMIN);
        units.create(new OrgUnitDraft("B", "B", null), UserContext.of("kari", Role.ADMIN));
        audit.record(ADMIN, "login", "Session", null, null, null);

        assertEquals(3, audit.count(AuditQuery.latest(10)));
        assertEquals(2, audit.count(new AuditQuery("OrgUnit", null, 0, 10)));
        assertEquals(1, audit.count(new AuditQuery(null, "KAR", 0, 10)));
        assertEquals(1, audit.find(new AuditQuery(null, null, 2, 10)).size());
    }
}
