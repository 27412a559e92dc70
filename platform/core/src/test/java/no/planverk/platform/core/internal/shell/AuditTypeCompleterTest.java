package no.planverk.platform.core.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.planverk.platform.api.AuditEntry;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.AuditQuery;
import no.planverk.platform.api.UserContext;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.support.completers.ArgumentCommandLine;
import org.junit.jupiter.api.Test;

class AuditTypeCompleterTest {

    /** An audit trail in memory: newest first, as the real one answers. */
    private static final class TrailInMemory implements AuditLog {
        private final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public void record(UserContext actor, String action, String entityType, Object entityId, Object before, Object after) {
            entries.add(0, new AuditEntry(entries.size() + 1, Instant.now(), actor.username(), action, entityType,
                    String.valueOf(entityId), null, null));
        }

        @Override
        public List<AuditEntry> find(AuditQuery query) {
            return entries.stream().skip(query.offset()).limit(query.limit()).toList();
        }

        @Override
        public long count(AuditQuery query) {
            return entries.size();
        }
    }

    private final AuditTypeCompleter completer = new AuditTypeCompleter();

    AuditTypeCompleterTest() {
        TrailInMemory trail = new TrailInMemory();
        UserContext admin = UserContext.of("shell:admin");
        trail.record(admin, "create", "Plan", 1, null, null);
        trail.record(admin, "update", "OrgUnit", 2, null, null);
        trail.record(admin, "update", "Plan", 1, null, null);
        trail.record(admin, "create", "PlanGoal", 3, null, null);
        completer.audit = trail;
    }

    @Test
    void offersEachTypeInTheTrailOnceThatStartsWithWhatIsTyped() {
        List<String> found = new ArrayList<>();
        assertEquals(0, completer.complete(null, new ArgumentCommandLine("", 0), found));
        assertEquals(List.of("OrgUnit", "Plan", "PlanGoal"), found);

        found.clear();
        assertEquals(0, completer.complete(null, new ArgumentCommandLine("pla", 3), found));
        assertEquals(List.of("Plan", "PlanGoal"), found);
    }

    @Test
    void nothingMatchesAnUnknownPrefix() {
        List<Candidate> found = new ArrayList<>();
        completer.completeCandidates(null, new ArgumentCommandLine("Measure", 7), found);
        assertEquals(List.of(), found);
        assertEquals(-1, completer.complete(null, new ArgumentCommandLine("Measure", 7), new ArrayList<>()));
    }
}
