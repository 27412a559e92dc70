package no.planverk.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The helpers every endpoint shares: the version read, ?format=, choices and flags, each a 400 naming the parameter. */
class ApiRequestHelpersTest {

    record Query(Map<String, String> params) implements ApiRequest {
        public String method() {
            return "GET";
        }

        public List<String> segments() {
            return List.of();
        }

        public Optional<String> query(String name) {
            return Optional.ofNullable(params.get(name));
        }

        public UserContext user() {
            return null;
        }

        public <T> T body(Class<T> type) {
            return null;
        }

        public String bodyText() {
            return "";
        }

        public byte[] bodyBytes() {
            return new byte[0];
        }
    }

    private static Query q(String... kv) {
        return new Query(kv.length == 0 ? Map.of() : Map.of(kv[0], kv[1]));
    }

    @Test
    void theVersionReadIsAQueryOrABodyField() {
        assertEquals(4, q("version", "4").version());
        assertEquals(Map.of("version", "Add ?version=N: the version you read"),
                assertThrows(InvalidInputException.class, () -> q().version()).fieldErrors());
        assertEquals(Map.of("version", "version must be a number, not 'x'."),
                assertThrows(InvalidInputException.class, () -> q("version", "x").version()).fieldErrors());
        assertEquals(2, q().version(2L));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> q().version((Long) null));
        assertEquals(Map.of("version", "Send the version you read, to guard against lost updates"), e.fieldErrors());
        assertEquals("platform.version.body", e.message().key());
    }

    @Test
    void theFormatIsOneOfTheNames() {
        assertEquals("xlsx", q("format", "XLSX").format("csv", "json", "xlsx"));
        assertEquals("Add ?format=csv, json or xlsx",
                assertThrows(InvalidInputException.class, () -> q().format("csv", "json", "xlsx")).getMessage());
        assertEquals("format is csv or json, not 'pdf'",
                assertThrows(InvalidInputException.class, () -> q("format", "pdf").format("csv", "json")).getMessage());
        assertEquals("json", q().formatOr("json", "json", "csv", "years"));
        assertEquals("years", q("format", "years").formatOr("json", "json", "csv", "years"));
        assertThrows(InvalidInputException.class, () -> q("format", "docx").formatOr("json", "json", "pdf"));
    }

    @Test
    void aChoiceIsParsedOrNamed() {
        assertEquals(Optional.of(Role.PLANNER), q("role", "planner").choice("role", Role::fromId));
        assertEquals(Optional.empty(), q().choice("role", Role::fromId));
        assertEquals(Map.of("role", "Unknown role 'king'"),
                assertThrows(InvalidInputException.class, () -> q("role", "king").choice("role", Role::fromId)).fieldErrors());
    }

    @Test
    void aFlagIsTrueOnlyForTrue() {
        assertTrue(q("dryRun", "TRUE").flag("dryRun"));
        assertFalse(q("dryRun", "yes").flag("dryRun"));
        assertFalse(q().flag("dryRun"));
    }
}
