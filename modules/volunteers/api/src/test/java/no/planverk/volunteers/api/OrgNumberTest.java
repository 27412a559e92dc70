package no.planverk.volunteers.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.planverk.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class OrgNumberTest {

    @Test
    void acceptsNumbersWhoseCheckDigitIsRight() {
        // 9*3+7*2+4*7+7*6+6*5+0*4+6*3+7*2 = 173; 173 mod 11 = 8; 11-8 = 3
        assertTrue(OrgNumber.valid("974760673"));
        assertTrue(OrgNumber.valid("974 760 673"));
        // 1*3+4*2 = 11; remainder 0 gives check digit 0
        assertTrue(OrgNumber.valid("140000000"));
    }

    @Test
    void refusesAWrongCheckDigitTheWrongLengthAndRemainderOne() {
        assertFalse(OrgNumber.valid("974760674"));
        assertFalse(OrgNumber.valid("97476067"));
        assertFalse(OrgNumber.valid("97476067a"));
        assertFalse(OrgNumber.valid(null));
        // 4*3 = 12; 12 mod 11 = 1 would need the check digit 10: no number starting so is valid
        for (int d = 0; d <= 9; d++) {
            assertFalse(OrgNumber.valid("40000000" + d), "40000000" + d);
        }
    }

    @Test
    void anOrganisationDraftNamesTheBadNumberAndKeepsTheGoodOneWithoutSpaces() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new OrganisationDraft("Alver sanitetslag", "974760674",
                null, "not-an-address", null, List.of(), List.of()).validated());
        assertEquals(List.of("orgNumber", "contactEmail"), List.copyOf(e.fieldErrors().keySet()));
        assertEquals("974760673", new OrganisationDraft(" Alver sanitetslag ", "974 760 673", null, null, null, List.of("Besøksven",
                "besøksven"), null).validated().orgNumber());
        assertEquals(List.of("besøksven"), new OrganisationDraft("X", "974760673", null, null, null, List.of("Besøksven", "besøksven"),
                null).validated().activities());
    }
}
