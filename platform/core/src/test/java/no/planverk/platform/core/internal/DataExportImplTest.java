package no.planverk.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.DataExporter;
import no.planverk.platform.api.JsonText;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.testing.MemoryUnits;
import no.planverk.platform.testing.RecordingAudit;
import org.junit.jupiter.api.Test;

class DataExportImplTest {

    static final UserContext ADMIN = UserContext.of("admin", Role.ADMIN);
    final MemoryUnits units = new MemoryUnits();
    final RecordingAudit audit = new RecordingAudit();
    final DataExportImpl export = new DataExportImpl(units, audit,
            Clock.fixed(Instant.parse("2026-12-04T18:30:00Z"), ZoneId.of("Europe/Oslo")));

    record Visit(String title, LocalDate day) {
    }

    static DataExporter exporter(String module, Object data) {
        return new DataExporter() {
            @Override
            public String module() {
                return module;
            }

            @Override
            public Object data() {
                return data;
            }
        };
    }

    @Test
    void unitsAndEveryModuleInOneDocumentWithModulesOwnJsonKeptAsJson() throws Exception {
        Map<String, Object> volunteers = new LinkedHashMap<>();
        volunteers.put("visits", List.of(new Visit("Turvenn", LocalDate.of(2026, 11, 25))));
        volunteers.put("own", List.of(new JsonText("{\"a\":[1,2]}")));
        export.addExporter(exporter("volunteers", volunteers));
        export.addExporter(exporter("plans", new JsonText("{\"plans\":[{\"name\":\"Kommuneplan\"}]}")));

        JsonNode root = new ObjectMapper().readTree(export.exportAll(ADMIN));
        assertEquals("planverk-export", root.get("format").asText());
        assertEquals("2026-12-04T19:30+01:00", root.get("exportedAt").asText());
        assertEquals("admin", root.get("exportedBy").asText());
        assertEquals(List.of("platform", "plans", "volunteers"), names(root.get("modules")));
        assertEquals(units.list().size(), root.at("/modules/platform/units").size());
        assertTrue(units.list().size() > 3);
        assertEquals("Kommuneplan", root.at("/modules/plans/plans/0/name").asText());
        assertEquals("2026-11-25", root.at("/modules/volunteers/visits/0/day").asText(), "dates as ISO text");
        assertEquals(2, root.at("/modules/volunteers/own/0/a/1").asInt(), "a module's JSON is JSON, not a string");
        assertEquals(List.of("platform", "plans", "volunteers"), export.modules());
        assertEquals("export", audit.calls().get(0).action());
    }

    @Test
    void onlyAdminsAndAFailingModuleFailsTheWholeExport() {
        assertThrows(AccessDeniedException.class, () -> export.exportAll(UserContext.of("planlegg", Role.PLANNER)));
        export.addExporter(exporter("measures", new Object() {
            @SuppressWarnings("unused")
            public String getBroken() {
                throw new IllegalStateException("database gone");
            }
        }));
        PlanverkException e = assertThrows(PlanverkException.class, () -> export.exportAll(ADMIN));
        assertTrue(e.getMessage().startsWith("The export of module 'measures' failed"), e.getMessage());
        assertTrue(audit.calls().isEmpty(), "nothing exported, nothing audited");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
