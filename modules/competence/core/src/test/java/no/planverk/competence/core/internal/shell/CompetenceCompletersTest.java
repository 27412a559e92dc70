package no.planverk.competence.core.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.planverk.competence.api.FileFormat;
import no.planverk.competence.core.internal.CompetenceFixture;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.support.completers.ArgumentCommandLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CompetenceCompletersTest {

    private final CompetenceFixture f = CompetenceFixture.inMemory();

    @AfterEach
    void close() {
        f.close();
    }

    private static List<String> values(Completer completer, String typed) {
        List<String> found = new ArrayList<>();
        completer.complete(null, new ArgumentCommandLine(typed, typed.length()), found);
        return found;
    }

    @Test
    void unitCodesComeWithTheUnitsName() {
        UnitCompleter completer = new UnitCompleter();
        completer.units = f.units();
        List<Candidate> found = new ArrayList<>();
        completer.completeCandidates(null, new ArgumentCommandLine("ALV-KUL", 7), found);
        assertEquals(List.of("ALV-KUL-FRIV", "ALV-KUL"), found.stream().map(Candidate::value).toList());
        assertEquals(List.of("Frivilligsentralen", "Kultur, frivilligheit og idrett"), found.stream().map(Candidate::descr).toList());
    }

    @Test
    void registerYearsAreTheYearsWithRowsNewestFirst() {
        RegisterYearCompleter completer = new RegisterYearCompleter();
        completer.workforce = f.workforce();
        assertEquals(List.of(), values(completer, ""));
        String csv = String.join("\n", "unit,year,category,percent,count,age",
                "ALV-HO-HEIM,2024,sjukepleiar,100,1,40-44",
                "ALV-HO-HEIM,2025,sjukepleiar,100,2,40-44",
                "ALV-HO-INST,2025,sjukepleiar,80,1,30-34");
        assertTrue(f.workforce().importData(FileFormat.CSV, csv.getBytes(StandardCharsets.UTF_8),
                UserContext.of("planlegg", Role.PLANNER)).committed());
        assertEquals(List.of("2025", "2024"), values(completer, ""));
        assertEquals(List.of("2024"), values(completer, "2024"));
    }
}
