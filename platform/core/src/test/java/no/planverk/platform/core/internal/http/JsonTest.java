package no.planverk.platform.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import no.planverk.platform.api.AuditEntry;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.OrgUnitDraft;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsARecord() {
        OrgUnitDraft d = Json.read("{\"code\":\"HO\",\"name\":\"Helse og omsorg\",\"parentId\":null}", OrgUnitDraft.class);
        assertEquals(new OrgUnitDraft("HO", "Helse og omsorg", null), d);
    }

    @Test
    void namesAnUnknownField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Json.read("{\"code\":\"HO\",\"nmae\":\"x\"}", OrgUnitDraft.class));
        assertTrue(e.getMessage().contains("Unknown field 'nmae'"), e.getMessage());
        assertTrue(e.fieldErrors().containsKey("nmae"));
    }

    @Test
    void explainsBrokenJsonWithItsPlace() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Json.read("{\"code\": \"HO\",\n \"name\": }", OrgUnitDraft.class));
        assertTrue(e.getMessage().startsWith("The body is not valid JSON for OrgUnitDraft"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> Json.read("  ", OrgUnitDraft.class));
    }

    @Test
    void jsonBeyondJacksonsLimitsIsA400NotACrash() {
        String deep = "{\"code\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Json.read(deep, OrgUnitDraft.class));
        assertTrue(e.getMessage().startsWith("The body is not valid JSON for OrgUnitDraft"), e.getMessage());
        String longNumber = "{\"code\":\"HO\",\"name\":\"x\",\"parentId\":" + "9".repeat(2000) + "}";
        assertThrows(InvalidInputException.class, () -> Json.read(longNumber, OrgUnitDraft.class));
    }

    @Test
    void writesTimesAsIsoText() {
        String json = Json.write(List.of(new AuditEntry(1, Instant.parse("2026-11-25T10:15:30Z"), "admin", "create",
                "OrgUnit", "7", null, "{}")));
        assertTrue(json.contains("\"time\":\"2026-11-25T10:15:30Z\""), json);
    }

    @Test
    void parsesTheQueryString() {
        assertEquals(java.util.Map.of("type", "OrgUnit", "actor", "kari nordmann", "x", ""),
                ApiServlet.query("type=OrgUnit&actor=kari+nordmann&x&type=ignored"));
    }

    @Test
    void splitsPathsIntoSegments() {
        assertEquals(List.of("units", "7"), ApiServlet.segments("/units//7/"));
        assertEquals(List.of(), ApiServlet.segments(null));
    }

    record Figures(double fte, Double share, double people) {
    }

    @Test
    void doublesLeaveWithoutBinaryNoise() {
        assertEquals("{\"fte\":992.47,\"share\":0.3,\"people\":30000}", Json.write(new Figures(992.4699999999943, 0.1 + 0.2, 30000.0)));
    }

    @Test
    void aRowErrorsReasonIsSaidInTheCallersLanguage() throws Exception {
        no.planverk.platform.api.RowError e = new no.planverk.platform.api.RowError(3, "code",
                no.planverk.platform.api.Message.of("platform.unit.code.taken", "The code ''{0}'' is already used by another unit.", "X"));
        assertEquals("{\"line\":3,\"column\":\"code\",\"reason\":\"The code 'X' is already used by another unit.\"}", Json.write(e));
        String[] out = new String[1];
        Json.withTexts(m -> "på nynorsk: " + m.args().get(0), () -> out[0] = Json.write(List.of(e)));
        assertEquals("[{\"line\":3,\"column\":\"code\",\"reason\":\"på nynorsk: X\"}]", out[0]);
    }

    record Answer(int status, no.planverk.platform.api.Message message) {
    }

    @Test
    void aMessageInsideAnAnswerIsSaidInTheCallersLanguage() throws Exception {
        Answer a = new Answer(400, no.planverk.platform.api.Message.of("platform.audit.limit", "limit must be between 1 and 1000."));
        assertEquals("{\"status\":400,\"message\":\"limit must be between 1 and 1000.\"}", Json.write(a));
        String[] out = new String[1];
        Json.withTexts(m -> "limit må vere mellom 1 og 1000.", () -> out[0] = Json.write(a));
        assertEquals("{\"status\":400,\"message\":\"limit må vere mellom 1 og 1000.\"}", out[0]);
    }
}
