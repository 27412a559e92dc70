package no.planverk.platform.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.OrgUnitDraft;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.core.internal.PlatformMessages;
import no.planverk.platform.testing.Catalogs;
import org.junit.jupiter.api.Test;

/**
 * What the API says about a request body it cannot use is keyed (issue 21 §3): English unless the caller asks for nynorsk
 * or bokmål, as every other answer.
 */
class BodyMessagesTest {

    private static final PlatformMessages CATALOG = new PlatformMessages();

    private static String nn(InvalidInputException e) {
        return Catalogs.nynorsk(e.message(), CATALOG);
    }

    @Test
    void aMissingBrokenOrUnknownJsonBody() {
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> Json.read(" ", OrgUnitDraft.class));
        assertEquals("The request needs a JSON body (OrgUnitDraft).", missing.getMessage());
        assertEquals("Førespurnaden treng eit JSON-innhald (OrgUnitDraft).", nn(missing));
        assertEquals("Forespørselen trenger et JSON-innhold (OrgUnitDraft).",
                Catalogs.translator(CATALOG).text(missing.message(), Locale.forLanguageTag("nb")));

        InvalidInputException broken = assertThrows(InvalidInputException.class,
                () -> Json.read("{\"code\": \"HO\",\n \"name\": }", OrgUnitDraft.class));
        assertTrue(nn(broken).startsWith("Innhaldet er ikkje gyldig JSON for OrgUnitDraft: "), nn(broken));
        assertTrue(nn(broken).contains("line 2"), "the parser's place is kept: " + nn(broken));

        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> Json.read("{\"code\":\"HO\",\"nmae\":\"x\"}", OrgUnitDraft.class));
        assertTrue(nn(unknown).startsWith("Ukjend felt «nmae». Kjende felt: "), nn(unknown));
    }

    @Test
    void aBodyThatIsNotUtf8() {
        ApiRequestImpl request = new ApiRequestImpl("POST", List.of(), Map.of(), UserContext.of("planlegg", Role.PLANNER),
                new byte[] {(byte) 0xC5, 'r'});
        InvalidInputException e = assertThrows(InvalidInputException.class, request::bodyText);
        assertEquals("Innhaldet er ikkje UTF-8-tekst. Lagre fila som UTF-8 og send henne på nytt.", nn(e));
    }
}
