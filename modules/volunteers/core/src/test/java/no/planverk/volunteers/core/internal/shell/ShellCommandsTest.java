package no.planverk.volunteers.core.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.volunteers.api.AssignmentDraft;
import no.planverk.volunteers.api.Schedule;
import no.planverk.volunteers.core.internal.VolunteersFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShellCommandsTest {

    final VolunteersFixture f = VolunteersFixture.inMemory();
    final PrintStream out = System.out;

    @AfterEach
    void close() {
        System.setOut(out);
        f.close();
    }

    String run(org.apache.karaf.shell.api.action.Action command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            command.execute();
        } finally {
            System.setOut(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void assignmentsOfAUnitByCodeWithTheUnitsBelowAndOpenOnly() throws Exception {
        UserContext coordinator = UserContext.of("koordinator", Role.COORDINATOR);
        f.assignments().create(new AssignmentDraft(f.units().id("ALV-HO-HEIM"), 2, "Turvenn", null, "Knarvik", null, Schedule.weekly(
                DayOfWeek.TUESDAY, LocalDate.of(2026, 12, 1), null, LocalTime.of(10, 0), LocalTime.of(12, 0)), 2, Set.of(), List.of()),
                coordinator);
        f.assignments().create(new AssignmentDraft(f.units().id("ALV-KUL-FRIV"), 1, "Strikkekafé", null, "Frekhaug", null,
                Schedule.once(LocalDate.of(2026, 12, 2), LocalTime.of(11, 0), LocalTime.of(13, 0)), 2, Set.of(), List.of()), coordinator);
        ListAssignmentsCommand c = new ListAssignmentsCommand();
        c.assignments = f.assignments();
        c.units = f.units();
        c.unit = "alv-ho";
        c.open = true;
        String text = run(c);
        assertTrue(text.contains("ALV-HO-HEIM"), text);
        assertTrue(text.contains("every tue from 2026-12-01"), text);
        assertTrue(text.contains("0/2"), text);
        assertTrue(!text.contains("Strikkekafé"), text);
        assertTrue(text.endsWith("1 assignments" + System.lineSeparator()), text);
        c.unit = "ALV-NONE";
        assertEquals("", run(c));
    }

    @Test
    void theYearsReportPrintsTheTotals() throws Exception {
        ReportCommand c = new ReportCommand();
        c.hours = f.hours();
        c.year = 2026;
        String text = run(c);
        assertTrue(text.startsWith("Volunteer effort 2026-01-01 - 2026-12-31: 0.00 hours in 0 entries by 0 volunteers"), text);
    }
}
