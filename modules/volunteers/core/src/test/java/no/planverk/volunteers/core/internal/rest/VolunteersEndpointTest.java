package no.planverk.volunteers.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.volunteers.api.AssignResult;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.EffortReport;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.volunteers.api.Match;
import no.planverk.volunteers.api.StepLabel;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerStatus;
import no.planverk.volunteers.core.internal.VolunteersFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The routes of /api/v1/volunteers, with JSON bodies read as the platform reads them. */
class VolunteersEndpointTest {

    static final UserContext COORDINATOR = UserContext.of("koordinator", Role.COORDINATOR);
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    final VolunteersFixture f = VolunteersFixture.inMemory();
    final VolunteersEndpoint endpoint = new VolunteersEndpoint(f.organisations(), f.volunteers(), f.assignments(), f.hours(),
            f.transfer());

    @AfterEach
    void close() {
        f.close();
    }

    record Request(String method, String path, Map<String, String> params, String json, UserContext user) implements ApiRequest {

        @Override
        public List<String> segments() {
            return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        }

        @Override
        public Optional<String> query(String name) {
            return Optional.ofNullable(params.get(name));
        }

        @Override
        public <T> T body(Class<T> type) {
            try {
                return JSON.readValue(json, type);
            } catch (java.io.IOException e) {
                throw new InvalidInputException("Bad JSON: " + e.getMessage());
            }
        }

        @Override
        public String bodyText() {
            return json;
        }

        @Override
        public byte[] bodyBytes() {
            return json.getBytes(StandardCharsets.UTF_8);
        }
    }

    ApiResponse call(String method, String path, String json) {
        return call(method, path, Map.of(), json, COORDINATOR);
    }

    ApiResponse call(String method, String path, Map<String, String> params, String json, UserContext user) {
        return endpoint.handle(new Request(method, path, params, json, user));
    }

    @Test
    void aCoordinatorRegistersActivatesPlacesMatchesAndReports() {
        long heim = f.units().id("ALV-HO-HEIM");
        ApiResponse created = call("POST", "volunteers", """
                {"name": "Test Testesen", "skills": ["bil"], "availability": [{"day": "TUESDAY", "from": "10:00", "to": "12:00"}],
                 "preferredSteps": [2]}""");
        assertEquals(201, created.status());
        Volunteer v = (Volunteer) created.body();
        Volunteer active = (Volunteer) call("POST", "volunteers/" + v.id() + "/status", "{\"status\": \"active\", \"version\": "
                + v.version() + "}").body();
        assertEquals(VolunteerStatus.ACTIVE, active.status());
        Assignment a = (Assignment) call("POST", "assignments", """
                {"unitId": %d, "step": 2, "title": "Turvenn", "place": "Lindås", "needed": 2, "requiredSkills": ["bil"],
                 "schedule": {"start": "2026-12-01", "weekday": "TUESDAY", "from": "10:00", "to": "12:00"}}""".formatted(heim)).body();
        @SuppressWarnings("unchecked")
        List<Match> matches = (List<Match>) call("GET", "matches", Map.of("assignment", String.valueOf(a.id())), "", COORDINATOR).body();
        // skills 40, no interests 0, availability 25, no unit preference 5, step 2 preferred 10
        assertEquals(80, matches.get(0).score());
        ApiResponse placed = call("POST", "assignments/" + a.id() + "/volunteers", "{\"volunteerId\": " + v.id() + "}");
        assertEquals(201, placed.status());
        assertTrue(((AssignResult) placed.body()).conflicts().isEmpty());
        assertEquals(1, ((List<?>) call("GET", "assignments/" + a.id() + "/volunteers", "").body()).size());
        assertEquals(1, ((List<?>) call("GET", "assignments", Map.of("unit", String.valueOf(f.units().id("ALV-HO")), "open", "true"), "",
                COORDINATOR).body()).size());
        EffortReport report = (EffortReport) call("GET", "report", Map.of("year", "2026"), "", COORDINATOR).body();
        assertEquals(0, report.entries());
        assertEquals(204, call("POST", "volunteers/" + v.id() + "/erase", "").status());
    }

    @Test
    void everyRoleReadsTheStepsNamedFromTheStaircaseWhenItIsThere() {
        UserContext reader = UserContext.of("lesar", Role.READER);
        @SuppressWarnings("unchecked")
        List<StepLabel> plain = (List<StepLabel>) call("GET", "steps", Map.of(), "", reader).body();
        assertEquals(List.of(1, 2, 3, 4), plain.stream().map(StepLabel::step).toList());
        assertTrue(plain.stream().allMatch(s -> s.staircaseSteps().isEmpty()));
        f.stepDirectory(() -> List.of(new StepLabel(2, List.of("Dagtilbod, arbeid og aktivitet"))));
        @SuppressWarnings("unchecked")
        List<StepLabel> named = (List<StepLabel>) call("GET", "steps", Map.of(), "", reader).body();
        assertEquals(List.of("Dagtilbod, arbeid og aktivitet"), named.get(1).staircaseSteps());
    }

    @Test
    void importPreviewAnswers400WithRowErrorsAndReadersAreRefused() {
        ApiResponse r = call("POST", "import", Map.of("kind", "organisations", "dryRun", "true"), "name,org_number\nX,974760674\n",
                COORDINATOR);
        assertEquals(400, r.status());
        assertEquals("org_number", ((ImportSummary) r.body()).errors().get(0).column());
        UserContext reader = UserContext.of("lesar", Role.READER);
        assertThrows(AccessDeniedException.class, () -> call("GET", "volunteers", Map.of(), "", reader));
        assertEquals(200, call("GET", "organisations", Map.of(), "", reader).status());
        assertThrows(NotFoundException.class, () -> call("GET", "nothing", ""));
        assertThrows(InvalidInputException.class, () -> call("PUT", "volunteers/1", "{\"name\": \"X\"}"), "no version");
        assertEquals(405, call("DELETE", "volunteers", "").status());
    }
}
