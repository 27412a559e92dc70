package no.planverk.competence.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.Position;
import no.planverk.competence.api.PositionDraft;
import no.planverk.platform.api.AuditEntry;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.AuditQuery;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.testing.LocalJpaTemplate;
import no.planverk.platform.testing.MemoryUnits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the audit trail keeps of person-level rows: who changed which row, never the personal fields. */
class AuditPrivacyTest {

    /** Keeps what the service hands over as before and after, as their text. */
    static final class Kept implements AuditLog {
        final List<String> texts = new ArrayList<>();

        @Override
        public void record(UserContext actor, String action, String entityType, Object entityId, Object before, Object after) {
            texts.add(action + " " + before + " " + after);
        }

        @Override
        public List<AuditEntry> find(AuditQuery query) {
            return List.of();
        }

        @Override
        public long count(AuditQuery query) {
            return texts.size();
        }
    }

    final LocalJpaTemplate jpa = LocalJpaTemplate.inMemory("planverk-competence-test");
    final MemoryUnits units = new MemoryUnits();
    final Kept audit = new Kept();
    final WorkforceServiceImpl workforce = new WorkforceServiceImpl(jpa, audit, units);

    @AfterEach
    void close() {
        jpa.close();
    }

    @Test
    void changesAndReadsAreAuditedWithoutNamesNumbersOrBirthYears() {
        UserContext admin = UserContext.of("admin", Role.ADMIN);
        long heim = units.id("ALV-HO-HEIM");
        Position p = workforce.create(new PositionDraft(heim, 2025, Category.SJUKEPLEIAR, 100.0, 1, null, null, false, null, "A17",
                "Kari Nordmann", 1963), admin);
        Position q = workforce.update(p.id(), p.version(), new PositionDraft(heim, 2025, Category.SJUKEPLEIAR, 80.0, 1, null, null, false,
                null, "A17", "Kari Nordmann", 1963), admin);
        assertEquals("Kari Nordmann", workforce.positions(heim, null, admin).get(0).name());
        workforce.delete(q.id(), q.version(), admin);
        assertEquals(List.of("create", "update", "read-personal", "delete"), audit.texts.stream().map(t -> t.split(" ")[0]).toList());
        for (String t : audit.texts) {
            assertFalse(t.contains("Kari") || t.contains("A17") || t.contains("1963"), t);
        }
    }
}
