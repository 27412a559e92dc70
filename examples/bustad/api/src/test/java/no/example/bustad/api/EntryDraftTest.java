package no.example.bustad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import no.planverk.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class EntryDraftTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 4);

    @Test
    void aDraftIsTidiedAndStartsAsWaiting() {
        EntryDraft d = new EntryDraft(" bu-2025-014 ", 3L, HousingStep.CARE_HOME, DAY, null, "  ");
        assertEquals("BU-2025-014", d.reference());
        assertEquals(EntryStatus.WAITING, d.status());
        assertNull(d.note());
    }

    @Test
    void everyBadFieldIsNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new EntryDraft("x", null, null, null, null, "n".repeat(EntryDraft.MAX_NOTE + 1)));
        assertEquals(java.util.Set.of("reference", "unitId", "step", "listedOn", "note"), e.fieldErrors().keySet());
        assertTrue(e.fieldErrors().get("note").contains("501"), e.fieldErrors().get("note"));
    }

    @Test
    void aNationalIdentityNumberIsNoReference() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new EntryDraft("01017012345", 3L, HousingStep.STAFFED, DAY, null, null));
        assertTrue(e.fieldErrors().get("reference").contains("identity number"));
    }

    @Test
    void stepsAndStatusesAreReadFromTheirIdsNamesAndWords() {
        assertEquals(HousingStep.STAFFED, HousingStep.parse("bemanna bustad").orElseThrow());
        assertEquals(HousingStep.STAFFED, HousingStep.parse("bemanna-bustad").orElseThrow());
        assertEquals(HousingStep.NURSING_HOME, HousingStep.parse("NURSING_HOME").orElseThrow());
        assertEquals(HousingStep.NURSING_HOME, HousingStep.parse("Sjukeheim").orElseThrow());
        assertTrue(HousingStep.parse("villa").isEmpty());
        assertEquals(EntryStatus.OFFERED, EntryStatus.parse(" offered ").orElseThrow());
        assertTrue(EntryStatus.parse("gone").isEmpty());
    }

    @Test
    void closedPositionsStayClosed() {
        assertTrue(EntryStatus.WAITING.canMoveTo(EntryStatus.OFFERED));
        assertTrue(EntryStatus.OFFERED.canMoveTo(EntryStatus.WAITING));
        assertTrue(EntryStatus.OFFERED.canMoveTo(EntryStatus.HOUSED));
        assertFalse(EntryStatus.WAITING.canMoveTo(EntryStatus.HOUSED));
        assertFalse(EntryStatus.HOUSED.canMoveTo(EntryStatus.WAITING));
        assertFalse(EntryStatus.WITHDRAWN.canMoveTo(EntryStatus.OFFERED));
        assertTrue(EntryStatus.WITHDRAWN.canMoveTo(EntryStatus.WITHDRAWN));
    }
}
