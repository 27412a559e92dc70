package no.planverk.plans.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.planverk.plans.api.Attention;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanEdition;
import no.planverk.plans.api.PlanQuery;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.api.StatusChange;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

public class PlanServiceImplTest {

    public static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final PlansFixture f = PlansFixture.inMemory(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("Europe/Oslo")));

    @AfterEach
    void close() {
        f.close();
    }

    private Plan plan(String code, PlanType type, int from, int to, String unit) {
        PlanDraft d = PlanDraft.of(code, type, "Plan " + code, from, to);
        return f.plans().create(new PlanDraft(d.code(), d.type(), d.title(), unit == null ? null : f.units().id(unit), null,
                from, to, null, null, null, null, null, null, null, List.of()), PLANNER);
    }

    private Plan move(Plan p, PlanStatus... path) {
        Plan current = p;
        for (PlanStatus s : path) {
            current = f.plans().changeStatus(current.id(), current.version(), StatusChange.to(s, null, null), PLANNER);
        }
        return current;
    }

    @Test
    void createsInPreparationWithHistoryAndAudit() {
        Plan p = plan("BRG-UH-2018", PlanType.TEMAPLAN, 2018, 2028, "BRG-UH");
        assertEquals(PlanStatus.PREPARATION, p.status());
        assertEquals(TODAY, p.statusDate());
        assertEquals(1, f.plans().history(p.id()).size());
        assertEquals("create", f.audit().calls().get(0).action());
        assertEquals(p, f.plans().findByCode("BRG-UH-2018").orElseThrow());
    }

    @Test
    void refusesAnIllegalTransitionNamingTheAllowedOnes() {
        Plan p = plan("P1", PlanType.TEMAPLAN, 2020, 2024, null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> f.plans().changeStatus(p.id(), p.version(), StatusChange.to(PlanStatus.IN_FORCE, null, null), PLANNER));
        assertEquals("A plan in status 'preparation' cannot go to 'in-force'. Allowed next: consultation, political",
                e.fieldErrors().get("to"));
        Plan adopted = move(p, PlanStatus.CONSULTATION, PlanStatus.POLITICAL, PlanStatus.IN_FORCE);
        assertEquals(PlanStatus.IN_FORCE, adopted.status());
        assertEquals(List.of(PlanStatus.PREPARATION, PlanStatus.CONSULTATION, PlanStatus.POLITICAL, PlanStatus.IN_FORCE),
                f.plans().history(p.id()).stream().map(s -> s.status()).toList());
    }

    @Test
    void replacingNeedsASuccessor() {
        Plan old = move(plan("OLD", PlanType.TEMAPLAN, 2015, 2025, null), PlanStatus.POLITICAL, PlanStatus.IN_FORCE);
        Plan next = plan("NEW", PlanType.STRATEGI, 2023, 2030, null);
        assertThrows(InvalidInputException.class,
                () -> f.plans().changeStatus(old.id(), old.version(), StatusChange.to(PlanStatus.REPLACED, null, null), PLANNER));
        Plan replaced = f.plans().changeStatus(old.id(), old.version(),
                new StatusChange(PlanStatus.REPLACED, null, "Erstattes av strategi", next.id(), null), PLANNER);
        assertEquals(next.id(), replaced.successorId());
    }

    @Test
    void aRevisionKeepsTheAdoptedVersionReadable() {
        Plan p = move(plan("ETHL", PlanType.TEMAPLAN, 2018, 2028, "BRG-UH"), PlanStatus.POLITICAL, PlanStatus.IN_FORCE);
        f.goals().create(GoalDraft.of(p.id(), null, GoalLevel.MAIN, "1", "Støtte til familien"), PLANNER);
        Plan revising = move(p, PlanStatus.REVISION);
        f.goals().create(GoalDraft.of(p.id(), null, GoalLevel.MAIN, "6", "Nytt mål"), PLANNER);
        Plan revised = move(revising, PlanStatus.POLITICAL, PlanStatus.IN_FORCE);
        assertEquals(PlanStatus.IN_FORCE, revised.status());
        List<PlanEdition> editions = f.plans().editions(p.id());
        assertEquals(1, editions.size());
        assertEquals(PlanStatus.IN_FORCE, editions.get(0).plan().status());
        assertEquals(List.of("Støtte til familien"), editions.get(0).goals().stream().map(n -> n.goal().text()).toList());
        assertEquals(2, f.goals().tree(p.id()).size());
    }

    @Test
    void aStaleUpdateIsRefusedAndNothingIsLost() {
        Plan p = plan("P2", PlanType.TEMAPLAN, 2020, 2024, null);
        f.plans().update(p.id(), p.version(), new PlanDraft("P2", PlanType.TEMAPLAN, "Ny tittel", null, null, 2020, 2024, null,
                null, null, null, null, null, null, List.of()), PLANNER);
        assertThrows(StaleVersionException.class, () -> f.plans().update(p.id(), p.version(), p.toDraft(), PLANNER));
        assertEquals("Ny tittel", f.plans().find(p.id()).orElseThrow().title());
    }

    @Test
    void theListAndAPlanAreReadWithoutManagedCopiesAndShowEverySavedChange() {
        Plan p = plan("P3", PlanType.TEMAPLAN, 2020, 2024, "BRG-UH");
        plan("P4", PlanType.TEMAPLAN, 2021, 2025, null);
        int registered = f.jpa().txExpr(em -> {
            assertEquals(2, no.planverk.plans.core.internal.persistence.PlanReads.page(em, PlanQuery.all(), null).size());
            assertEquals("P3", no.planverk.plans.core.internal.persistence.PlanReads.find(em, p.id()).orElseThrow().code());
            return em.unwrap(org.eclipse.persistence.internal.sessions.UnitOfWorkImpl.class).getCloneMapping().size();
        });
        assertEquals(0, registered);
        f.plans().update(p.id(), p.version(), new PlanDraft("P3", PlanType.TEMAPLAN, "Ny tittel", null, null, 2020, 2026, null,
                null, null, null, null, null, null, List.of()), PLANNER);
        Plan listed = f.plans().list(PlanQuery.all()).items().stream().filter(x -> x.id() == p.id()).findFirst().orElseThrow();
        for (Plan read : List.of(f.plans().find(p.id()).orElseThrow(), listed)) {
            assertEquals("Ny tittel", read.title());
            assertEquals(Integer.valueOf(2026), read.periodTo());
            assertEquals(null, read.ownerUnitId());
        }
    }

    @Test
    void refusesDuplicateCodesParentCyclesAndBadPeriods() {
        Plan a = plan("A", PlanType.KOMMUNEDELPLAN, 2021, 2033, null);
        Plan b = plan("B", PlanType.TEMAPLAN, 2023, 2026, null);
        assertEquals("The code 'A' is already used by another plan", assertThrows(InvalidInputException.class,
                () -> plan("A", PlanType.TEMAPLAN, 2020, 2021, null)).fieldErrors().get("code"));
        Plan bUnderA = f.plans().update(b.id(), b.version(), withParent(b, a.id()), PLANNER);
        assertThrows(InvalidInputException.class, () -> f.plans().update(a.id(), a.version(), withParent(a, bUnderA.id()), PLANNER));
        assertTrue(assertThrows(InvalidInputException.class, () -> plan("C", PlanType.TEMAPLAN, 2030, 2020, null))
                .fieldErrors().containsKey("periodTo"));
        assertThrows(InvalidInputException.class, () -> f.plans().delete(a.id(), a.version(), PLANNER));
    }

    private static PlanDraft withParent(Plan p, long parentId) {
        PlanDraft d = p.toDraft();
        return new PlanDraft(d.code(), d.type(), d.title(), d.ownerUnitId(), d.responsible(), d.periodFrom(), d.periodTo(),
                d.decisionRef(), d.decisionDate(), d.documentUrl(), parentId, d.successorId(), d.plannedAdoption(), d.description(),
                d.servesGoalIds());
    }

    @Test
    void unitLeadersEditOnlyThePlansOfTheirUnits() {
        UserContext leader = UserContext.of("einingsleiar", Role.UNIT_LEADER).withUnits("ALV-HO");
        Plan own = plan("ALV-DEMENS", PlanType.HANDLINGSPLAN, 2023, 2026, "ALV-HO-HEIM");
        Plan other = plan("ALV-KULTUR", PlanType.TEMAPLAN, 2023, 2026, "ALV-KUL");
        assertTrue(f.plans().canEdit(own, leader));
        assertFalse(f.plans().canEdit(other, leader));
        f.plans().update(own.id(), own.version(), own.toDraft(), leader);
        assertThrows(AccessDeniedException.class, () -> f.plans().update(other.id(), other.version(), other.toDraft(), leader));
        PlanDraft noUnit = PlanDraft.of("X", PlanType.TEMAPLAN, "X", 2020, 2021);
        assertThrows(AccessDeniedException.class, () -> f.plans().create(noUnit, leader));
        PlanDraft ownUnit = new PlanDraft("Y", PlanType.TEMAPLAN, "Y", f.units().id("ALV-HO"), null, 2020, 2021, null, null,
                null, null, null, null, null, List.of());
        assertEquals("Y", f.plans().create(ownUnit, leader).code());
    }

    @Test
    void readersCannotCreate() {
        assertThrows(AccessDeniedException.class, () -> f.plans().create(PlanDraft.of("R", PlanType.TEMAPLAN, "R", 2020, 2021),
                UserContext.of("lesar", Role.READER)));
    }

    @Test
    void listsFiltersAndPages() {
        for (int i = 0; i < 30; i++) {
            plan("P" + i, i % 2 == 0 ? PlanType.TEMAPLAN : PlanType.STRATEGI, 2010 + i, 2015 + i, i < 10 ? "BRG-UH" : null);
        }
        assertEquals(30, f.plans().list(new PlanQuery(null, null, null, null, null, null, 0, 10)).total());
        assertEquals(10, f.plans().list(new PlanQuery(null, null, null, null, null, null, 0, 10)).items().size());
        assertEquals(15, f.plans().list(new PlanQuery(PlanType.TEMAPLAN, null, null, null, null, null, 0, 50)).total());
        assertEquals(10, f.plans().list(new PlanQuery(null, null, f.units().id("BRG-UH"), null, null, null, 0, 50)).total());
        assertEquals(6, f.plans().list(new PlanQuery(null, null, null, 2025, null, null, 0, 50)).total());
        assertEquals(List.of("P29"), f.plans().list(new PlanQuery(null, null, null, null, "p29", null, 0, 50)).items().stream()
                .map(Plan::code).toList());
        assertEquals("P29", f.plans().list(new PlanQuery(null, null, null, null, null, "-from", 0, 1)).items().get(0).code());
        assertThrows(InvalidInputException.class, () -> f.plans().list(new PlanQuery(null, null, null, null, null, "nope", 0, 1)));
    }

    @Test
    void needsAttentionListsExpiringPastAndUndatedRevisions() {
        Plan expiring = move(plan("E", PlanType.TEMAPLAN, 2019, 2026, null), PlanStatus.POLITICAL, PlanStatus.IN_FORCE);
        Plan past = move(plan("P", PlanType.HANDLINGSPLAN, 2018, 2021, null), PlanStatus.POLITICAL, PlanStatus.IN_FORCE);
        move(plan("R", PlanType.TEMAPLAN, 2019, 2029, null), PlanStatus.POLITICAL, PlanStatus.IN_FORCE, PlanStatus.REVISION);
        move(plan("OK", PlanType.TEMAPLAN, 2020, 2030, null), PlanStatus.POLITICAL, PlanStatus.IN_FORCE);
        List<Attention> list = f.plans().needsAttention(6, TODAY);
        assertEquals(List.of("P:PAST_PERIOD", "E:EXPIRES_SOON", "R:REVISION_WITHOUT_DATE"),
                list.stream().map(a -> a.plan().code() + ":" + a.reason()).toList());
        assertEquals(expiring.id(), list.get(1).plan().id());
        assertEquals(past.id(), list.get(0).plan().id());
    }
}
