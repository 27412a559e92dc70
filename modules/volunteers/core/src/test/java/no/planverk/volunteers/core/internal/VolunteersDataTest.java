package no.planverk.volunteers.core.internal;

import static no.planverk.volunteers.core.internal.Samples.COORDINATOR;
import static no.planverk.volunteers.core.internal.Samples.TODAY;
import static no.planverk.volunteers.core.internal.Samples.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.HoursDraft;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The volunteers module's part of the export of all data: profiles, assignments with placements and hours, audited. */
class VolunteersDataTest {

    final VolunteersFixture f = VolunteersFixture.inMemory();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void everyVolunteerAndAssignmentWithTheirHours() {
        Volunteer v = f.volunteers().create(Samples.volunteer("Test Testesen", List.of()), COORDINATOR);
        v = f.volunteers().changeStatus(v.id(), v.version(), VolunteerStatus.ACTIVE, COORDINATOR);
        Assignment walk = f.assignments().create(Samples.once(f.units().id("ALV-HO-HEIM"), TODAY, 10, 12), COORDINATOR);
        f.assignments().assign(walk.id(), v.id(), COORDINATOR);
        f.hours().log(new HoursDraft(walk.id(), v.id(), TODAY, hours("2")), COORDINATOR);
        f.audit().calls().clear();

        JsonNode json = new ObjectMapper().registerModule(new JavaTimeModule()).valueToTree(new VolunteersData(f.organisations(),
                f.volunteers(), f.assignments(), f.hours()).data());
        assertEquals("Test Testesen", json.at("/volunteers/0/volunteer/name").asText(json.at("/volunteers/0").toString()));
        assertEquals(walk.id(), json.at("/assignments/0/assignment/id").asLong());
        assertEquals(v.id(), json.at("/assignments/0/placements/0/volunteerId").asLong());
        assertEquals(2.0, json.at("/assignments/0/hours/0/hours").asDouble());
        assertEquals(1, f.audit().calls().stream().filter(c -> c.action().equals("export")).count(), "the volunteer's export is audited");
    }
}
