package no.planverk.volunteers.core.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import no.planverk.platform.testing.MemoryUnits;
import no.planverk.volunteers.api.AssignmentDraft;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.support.completers.ArgumentCommandLine;
import org.junit.jupiter.api.Test;

class VolunteerCompletersTest {

    private static List<String> values(Completer completer, String typed) {
        List<String> found = new ArrayList<>();
        completer.complete(null, new ArgumentCommandLine(typed, typed.length()), found);
        return found;
    }

    @Test
    void unitCodesComeWithTheUnitsName() {
        UnitCompleter completer = new UnitCompleter();
        completer.units = new MemoryUnits();
        List<Candidate> found = new ArrayList<>();
        completer.completeCandidates(null, new ArgumentCommandLine("alv-ho", 6), found);
        assertEquals(List.of("ALV-HO-HEIM", "ALV-HO", "ALV-HO-INST", "ALV-HO-TILD"), found.stream().map(Candidate::value).toList());
        assertEquals(List.of("Heimetenester", "Helse og omsorg", "Institusjonstenester", "Tildelingskontoret"),
                found.stream().map(Candidate::descr).toList());
        assertEquals(List.of("BRG-BEHO", "BRG-HJT", "BRG-SHJ", "BRG-UH"), values(completer, "BRG").stream().sorted().toList());
        assertEquals(List.of(), values(completer, "OSL"));
    }

    @Test
    void stepsAreThoseAnAssignmentCanHave() {
        List<String> steps = values(new StepCompleter(), "");
        assertEquals(AssignmentDraft.MAX_STEP - AssignmentDraft.MIN_STEP + 1, steps.size());
        assertEquals(String.valueOf(AssignmentDraft.MIN_STEP), steps.get(0));
        assertEquals(String.valueOf(AssignmentDraft.MAX_STEP), steps.get(steps.size() - 1));
    }
}
