package no.planverk.volunteers.core.internal;

import static no.planverk.volunteers.core.internal.Samples.ADMIN;
import static no.planverk.volunteers.core.internal.Samples.COORDINATOR;
import static no.planverk.volunteers.core.internal.Samples.LEADER;
import static no.planverk.volunteers.core.internal.Samples.PLANNER;
import static no.planverk.volunteers.core.internal.Samples.READER;
import static no.planverk.volunteers.core.internal.Samples.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.Consent;
import no.planverk.volunteers.api.EffortReport;
import no.planverk.volunteers.api.HoursDraft;
import no.planverk.volunteers.api.PoliceCertificate;
import no.planverk.volunteers.api.TimeSlot;
import no.planverk.volunteers.api.UnitContact;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerDraft;
import no.planverk.volunteers.api.VolunteerExport;
import no.planverk.volunteers.api.VolunteerStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who sees volunteers, what the audit trail keeps, export and erasure. */
class PrivacyTest {

    static final String NAME = "Testa Personvernsen";
    static final String EMAIL = "testa.personvernsen@example.org";
    static final String PHONE = "+47 912 34 567";
    static final String NOTE = "Allergisk mot katt";

    final VolunteersFixture f = VolunteersFixture.inMemory();

    @AfterEach
    void close() {
        f.close();
    }

    /** An active volunteer with every personal field, placed on today's assignment of Heimetenester, with 2.5 hours logged. */
    Volunteer placedWithHours() {
        Volunteer v = f.volunteers().create(new VolunteerDraft(NAME, EMAIL, PHONE, null, List.of("hagearbeid"), List.of("strikking"),
                List.of("tigrinja"), List.of(TimeSlot.parse("wed 09:00-12:00")), List.of(f.units().id("ALV-HO")), List.of(1),
                new Consent(LocalDate.of(2026, 1, 2), List.of("matching")), new PoliceCertificate(LocalDate.of(2025, 1, 1), null),
                LocalDate.of(2025, 1, 1), NOTE), COORDINATOR);
        v = f.volunteers().changeStatus(v.id(), v.version(), VolunteerStatus.ACTIVE, COORDINATOR);
        Assignment a = f.assignments().create(Samples.once(f.units().id("ALV-HO-HEIM"), TODAY, 10, 13), COORDINATOR);
        f.assignments().assign(a.id(), v.id(), COORDINATOR);
        f.hours().log(new HoursDraft(a.id(), v.id(), TODAY, new BigDecimal("2.5")), COORDINATOR);
        return v;
    }

    @Test
    void readersPlannersAndOtherUnitLeadersGetNoVolunteerData() {
        Volunteer v = f.volunteers().create(VolunteerDraft.of(NAME), COORDINATOR);
        for (var user : List.of(READER, PLANNER, LEADER)) {
            assertThrows(AccessDeniedException.class, () -> f.volunteers().list(null, null, user), user.username());
            assertThrows(AccessDeniedException.class, () -> f.volunteers().profile(v.id(), user), user.username());
            assertThrows(AccessDeniedException.class, () -> f.volunteers().export(v.id(), user), user.username());
            assertThrows(AccessDeniedException.class, () -> f.volunteers().erase(v.id(), user), user.username());
            assertThrows(AccessDeniedException.class, () -> f.volunteers().create(VolunteerDraft.of("X"), user), user.username());
        }
        assertEquals(NAME, f.volunteers().profile(v.id(), ADMIN).name());
        assertEquals(1, f.volunteers().list(null, null, ADMIN).size());
    }

    @Test
    void aUnitLeaderWhoIsTheUnitsContactSeesTheVolunteersOfItsAssignmentsOnly() {
        Volunteer placed = placedWithHours();
        Volunteer other = f.volunteers().create(VolunteerDraft.of("Test Testesen"), COORDINATOR);
        assertThrows(AccessDeniedException.class, () -> f.volunteers().profile(placed.id(), LEADER), "not a contact yet");
        f.assignments().setContact(new UnitContact(f.units().id("ALV-HO"), "einingsleiar", "Eining Leiar", null, null), LEADER);
        assertEquals(List.of(placed.id()), f.volunteers().list(null, null, LEADER).stream().map(s -> s.id()).toList());
        assertEquals(NAME, f.volunteers().profile(placed.id(), LEADER).name());
        assertThrows(AccessDeniedException.class, () -> f.volunteers().profile(other.id(), LEADER));
        assertThrows(AccessDeniedException.class, () -> f.volunteers().update(placed.id(), placed.version(), VolunteerDraft.of("X"), LEADER),
                "contacts see, coordinators change");
        // the same user without the unit-leader role sees nothing
        assertThrows(AccessDeniedException.class, () -> f.volunteers().profile(placed.id(), no.planverk.platform.api.UserContext.of(
                "einingsleiar", no.planverk.platform.api.Role.READER)));
    }

    @Test
    void everyProfileReadAndChangeIsAuditedWithIdsAndFieldNamesButNoPersonalData() {
        Volunteer v = placedWithHours();
        f.organisations().create(new no.planverk.volunteers.api.OrganisationDraft("Alver sanitetslag (oppdikta)", "974760673",
                "Ola Kontaktsen", "ola@example.org", null, null, null), COORDINATOR);
        f.assignments().setContact(new UnitContact(f.units().id("ALV-HO"), "einingsleiar", "Eining Leiarsen", "eining@example.org", null),
                COORDINATOR);
        f.volunteers().profile(v.id(), COORDINATOR);
        f.volunteers().update(v.id(), f.volunteers().profile(v.id(), COORDINATOR).version(), new VolunteerDraft(NAME, "ny@example.org",
                PHONE, null, null, null, null, null, null, null, null, null, null, "Ny merknad"), COORDINATOR);
        List<String> volunteerActions = f.audit().calls().stream().filter(c -> c.type().equals("Volunteer")).map(c -> c.action()).toList();
        assertEquals(List.of("create", "status", "read", "read", "update"), volunteerActions);
        String all = String.join("\n", f.auditJson());
        for (String personal : List.of(NAME, EMAIL, PHONE, NOTE, "ny@example.org", "Ny merknad", "strikking", "tigrinja",
                "Ola Kontaktsen", "ola@example.org", "Eining Leiarsen", "eining@example.org")) {
            assertFalse(all.contains(personal), "the audit trail holds " + personal);
        }
        assertTrue(all.contains("\"changed\":[\"email\",\"interests\""), all);
    }

    @Test
    void theExportHoldsEverythingStoredAboutTheVolunteer() {
        Volunteer v = placedWithHours();
        VolunteerExport e = f.volunteers().export(v.id(), COORDINATOR);
        assertEquals(EMAIL, e.volunteer().email());
        assertEquals(1, e.placements().size());
        assertEquals(new BigDecimal("2.50"), e.hours().get(0).hours());
        assertEquals("export", f.audit().calls().get(f.audit().calls().size() - 1).action());
    }

    @Test
    void erasureLeavesNoPersonalDataInAnyTableAndKeepsTheHoursAnonymously() throws SQLException {
        Volunteer v = placedWithHours();
        Volunteer keep = f.volunteers().create(VolunteerDraft.of("Test Testesen"), COORDINATOR);
        f.volunteers().erase(v.id(), COORDINATOR);

        List<String> cells = allCells();
        for (String personal : List.of(NAME, NAME.toLowerCase(), EMAIL, PHONE, NOTE, "strikking", "hagearbeid", "tigrinja")) {
            assertTrue(cells.stream().noneMatch(c -> c.contains(personal)), personal + " is still in the database");
        }
        assertTrue(cells.contains("Test Testesen"), "the scan reads the volunteer table");
        try (Connection c = f.jpa().dataSource().getConnection(); Statement s = c.createStatement()) {
            ResultSet r = s.executeQuery("select count(*) from PV_VOLUNTEER where ID = " + v.id());
            r.next();
            assertEquals(0, r.getInt(1));
            r = s.executeQuery("select count(*) from PV_VOL_PLACEMENT");
            r.next();
            assertEquals(0, r.getInt(1));
            r = s.executeQuery("select VOLUNTEER_ID, HOURS from PV_VOL_HOURS");
            assertTrue(r.next());
            assertNull(r.getObject(1));
            assertEquals(new BigDecimal("2.50"), r.getBigDecimal(2));
            assertFalse(r.next());
        }
        EffortReport report = f.hours().yearly(2026);
        assertEquals(new BigDecimal("2.50"), report.hours());
        assertEquals(0, report.volunteers());
        assertThrows(NotFoundException.class, () -> f.volunteers().profile(v.id(), COORDINATOR));
        assertEquals(keep.id(), f.volunteers().list(null, null, COORDINATOR).get(0).id());
        assertEquals("erase", f.audit().calls().get(f.audit().calls().size() - 1).action());
    }

    /** Every cell of every table of the module, as text, read with plain JDBC. */
    private List<String> allCells() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = f.jpa().dataSource().getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet t = c.getMetaData().getTables(null, null, "PV_VOL%", new String[] {"TABLE"})) {
                while (t.next()) {
                    tables.add(t.getString("TABLE_NAME"));
                }
            }
            assertTrue(tables.containsAll(Set.of("PV_VOLUNTEER", "PV_VOL_HOURS", "PV_VOL_PLACEMENT", "PV_VOL_ASSIGNMENT")), tables.toString());
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select * from " + table)) {
                    while (r.next()) {
                        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                            Object o = r.getObject(i);
                            if (o != null) {
                                out.add(o.toString());
                            }
                        }
                    }
                }
            }
        }
        return out;
    }
}
