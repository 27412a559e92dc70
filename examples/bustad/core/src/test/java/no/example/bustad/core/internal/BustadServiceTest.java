package no.example.bustad.core.internal;

import static no.example.bustad.core.internal.BustadFixture.COORDINATOR;
import static no.example.bustad.core.internal.BustadFixture.READER;
import static no.example.bustad.core.internal.BustadFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import no.example.bustad.api.EntryDraft;
import no.example.bustad.api.EntryStatus;
import no.example.bustad.api.HousingStep;
import no.example.bustad.api.WaitingEntry;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.testing.RecordingAudit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The waiting list on real EclipseLink and in-memory Derby. */
class BustadServiceTest {

    private final BustadFixture f = new BustadFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void positionsAreStoredAndQueuedByStepUnitAndDay() {
        WaitingEntry late = f.add("BU-3", "ALV-HO-HEIM", HousingStep.CARE_HOME, TODAY.minusDays(3));
        WaitingEntry early = f.add("bu-1", "ALV-HO-HEIM", HousingStep.CARE_HOME, TODAY.minusDays(90));
        WaitingEntry other = f.add("BU-2", "ALV-HO-INST", HousingStep.CARE_HOME, TODAY.minusDays(10));
        WaitingEntry staffed = f.add("BU-4", "ALV-HO-HEIM", HousingStep.STAFFED, TODAY);

        assertEquals("BU-1", early.reference());
        assertEquals(EntryStatus.WAITING, early.status());
        assertEquals(1, early.position());
        assertEquals(List.of("BU-1", "BU-3", "BU-2", "BU-4"), f.service().list(null, null).stream().map(WaitingEntry::reference).toList());
        assertEquals(List.of(1, 2, 1, 1), f.service().list(null, null).stream().map(WaitingEntry::position).toList());
        assertEquals(2, f.service().find(late.id()).orElseThrow().position());
        assertEquals(List.of("BU-2"), f.service().list(null, other.unitId()).stream().map(WaitingEntry::reference).toList());
        assertEquals(Map.of(HousingStep.ADAPTED, 0L, HousingStep.CARE_HOME, 3L, HousingStep.STAFFED, 1L, HousingStep.NURSING_HOME, 0L),
                f.service().waitingByStep());

        // offered keeps its place; housed leaves the queue and the one behind moves up
        WaitingEntry offered = f.service().update(early.id(), early.version(), withStatus(early, EntryStatus.OFFERED), COORDINATOR);
        assertEquals(1, offered.position());
        assertEquals(2, f.service().waitingByStep().get(HousingStep.CARE_HOME));
        WaitingEntry housed = f.service().update(early.id(), offered.version(), withStatus(offered, EntryStatus.HOUSED), COORDINATOR);
        assertNull(housed.position());
        assertEquals(1, f.service().find(late.id()).orElseThrow().position());
        assertEquals(List.of("BU-1"), f.service().list(EntryStatus.HOUSED, null).stream().map(WaitingEntry::reference).toList());
        assertTrue(f.service().find(staffed.id()).isPresent());
        assertTrue(f.service().find(9999).isEmpty());
    }

    @Test
    void onlyCoordinatorsChangeTheListAndEveryChangeIsAuditedWithoutTheNote() {
        EntryDraft draft = new EntryDraft("BU-7", f.units().id("ALV-HO"), HousingStep.NURSING_HOME, TODAY, null, "Treng einerom");
        assertThrows(AccessDeniedException.class, () -> f.service().create(draft, READER));
        assertTrue(f.service().list(null, null).isEmpty());

        WaitingEntry e = f.service().create(draft, COORDINATOR);
        assertEquals("Treng einerom", e.note());
        WaitingEntry changed = f.service().update(e.id(), e.version(), new EntryDraft("BU-7", e.unitId(), e.step(), e.listedOn(),
                EntryStatus.WAITING, "Ønskjer Knarvik"), COORDINATOR);
        assertThrows(AccessDeniedException.class, () -> f.service().update(e.id(), changed.version(), changed.draft(), READER));
        assertEquals(List.of(new RecordingAudit.Call("koordinator", "create", "BustadEntry", e.id()),
                new RecordingAudit.Call("koordinator", "update", "BustadEntry", e.id())), f.audit().calls());
        Audited after = Audited.of(changed, e);
        assertEquals(List.of("note"), after.changed());
        assertTrue(!after.toString().contains("Knarvik") && !after.toString().contains("einerom"), after.toString());
    }

    @Test
    void badChangesAreRefusedWithTheField() {
        WaitingEntry e = f.add("BU-1", "ALV-HO-HEIM", HousingStep.CARE_HOME, TODAY);
        assertEquals("reference", field(() -> f.add("bu-1", "ALV-HO-INST", HousingStep.STAFFED, TODAY)));
        assertEquals("unitId", field(() -> f.service().create(new EntryDraft("BU-2", 999L, HousingStep.STAFFED, TODAY, null, null),
                COORDINATOR)));
        assertEquals("listedOn", field(() -> f.add("BU-2", "ALV-HO-INST", HousingStep.STAFFED, TODAY.plusDays(1))));
        assertEquals("status", field(() -> f.service().create(new EntryDraft("BU-2", e.unitId(), HousingStep.STAFFED, TODAY,
                EntryStatus.OFFERED, null), COORDINATOR)));
        // waiting -> housed skips the offer
        assertEquals("status", field(() -> f.service().update(e.id(), e.version(), withStatus(e, EntryStatus.HOUSED), COORDINATOR)));
        WaitingEntry withdrawn = f.service().update(e.id(), e.version(), withStatus(e, EntryStatus.WITHDRAWN), COORDINATOR);
        InvalidInputException closed = assertThrows(InvalidInputException.class,
                () -> f.service().update(e.id(), withdrawn.version(), withStatus(withdrawn, EntryStatus.WAITING), COORDINATOR));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
        // someone else saved first: 409, not a silent overwrite
        assertThrows(StaleVersionException.class, () -> f.service().update(e.id(), e.version(), e.draft(), COORDINATOR));
        assertThrows(NotFoundException.class, () -> f.service().update(4711, 0, e.draft(), COORDINATOR));
    }

    private static EntryDraft withStatus(WaitingEntry e, EntryStatus status) {
        return new EntryDraft(e.reference(), e.unitId(), e.step(), e.listedOn(), status, e.note());
    }

    private static String field(org.junit.jupiter.api.function.Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        return String.join(",", e.fieldErrors().keySet());
    }
}
