package no.example.bustad.core.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import no.example.bustad.api.EntryStatus;
import no.planverk.platform.testing.MemoryUnits;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.support.completers.ArgumentCommandLine;
import org.junit.jupiter.api.Test;

/** {@code bustad:list --status} and {@code --unit} complete with what the command parses. */
class CompletersTest {

    private static List<String> complete(Completer completer, String typed) {
        List<String> found = new ArrayList<>();
        completer.complete(null, new ArgumentCommandLine(typed, typed.length()), found);
        return found;
    }

    @Test
    void statusesAreTheApiIds() {
        List<String> statuses = complete(new StatusCompleter(), "");
        assertEquals(List.of("waiting", "offered", "housed", "withdrawn"), statuses);
        statuses.forEach(s -> EntryStatus.parse(s).orElseThrow());
        assertEquals(List.of("waiting", "withdrawn"), complete(new StatusCompleter(), "W"));
    }

    @Test
    void unitsAreTheirCodesWithTheirNames() {
        UnitCompleter units = new UnitCompleter();
        units.units = new MemoryUnits();
        assertTrue(complete(units, "").contains("ALV-HO-HEIM"));
        assertEquals(List.of("ALV-HO", "ALV-HO-HEIM", "ALV-HO-INST", "ALV-HO-TILD"), complete(units, "alv-ho").stream().sorted().toList());
        List<Candidate> candidates = new ArrayList<>();
        units.completeCandidates(null, new ArgumentCommandLine("ALV-HO-H", 8), candidates);
        assertEquals("Heimetenester", candidates.get(0).descr());
    }
}
