package no.planverk.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OrgUnitDraftTest {

    @Test
    void trimsValidInput() {
        OrgUnitDraft d = new OrgUnitDraft(" HO ", " Helse og omsorg ", null).validated();
        assertEquals("HO", d.code());
        assertEquals("Helse og omsorg", d.name());
    }

    @Test
    void namesEveryBadField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new OrgUnitDraft("has space", "", null).validated());
        assertEquals(2, e.fieldErrors().size());
        assertEquals("Name is required", e.fieldErrors().get("name"));
    }

    @Test
    void acceptsNorwegianLetters() {
        assertEquals("BØRN-Å", new OrgUnitDraft("BØRN-Å", "Born", null).validated().code());
    }
}
