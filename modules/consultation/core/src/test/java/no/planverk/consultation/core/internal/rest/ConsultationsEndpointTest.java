package no.planverk.consultation.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.planverk.consultation.api.AssessmentReport;
import no.planverk.consultation.api.Consultation;
import no.planverk.consultation.api.Submission;
import no.planverk.consultation.core.internal.ConsultationFixture;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The routes of /api/v1/consultations, with JSON bodies read as the platform reads them. */
class ConsultationsEndpointTest {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    static final UserContext PLANNER = ConsultationFixture.PLANNER;

    final ConsultationFixture f = ConsultationFixture.inMemory();
    final ConsultationsEndpoint endpoint = new ConsultationsEndpoint(f.service());

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

    ApiResponse call(String method, String path, String json, UserContext user) {
        return call(method, path, Map.of(), json, user);
    }

    ApiResponse call(String method, String path, Map<String, String> params, String json, UserContext user) {
        Request r = new Request(method, path, params, json, user);
        Set<Role> roles = endpoint.rolesFor(method, r.segments());
        if (!roles.isEmpty() && !user.hasAny(roles)) {
            return new ApiResponse(403, null);
        }
        return endpoint.handle(r);
    }

    Consultation open() {
        String body = "{\"planId\":1,\"subject\":\"programme\",\"title\":\"Planprogram på høyring\",\"opensOn\":\"" + f.today()
                + "\",\"closesOn\":\"" + f.today().plusDays(42) + "\",\"revisionId\":12,\"introduction\":\"Les og sei di meining.\","
                + "\"parties\":[{\"kind\":\"council\",\"name\":\"Ungdomsrådet\"},{\"kind\":\"municipality\",\"name\":\"Lindås\"}]}";
        ApiResponse a = call("POST", "", body, PLANNER);
        assertEquals(201, a.status());
        return (Consultation) a.body();
    }

    @Test
    void aPlannerOpensRegistersAndAssessesThroughTheApi() {
        Consultation c = open();
        assertEquals(no.planverk.consultation.api.Subject.PROGRAMME, c.subject());
        assertEquals(2, c.parties().size());
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4 brev".getBytes());
        ApiResponse reg = call("POST", "/" + c.id() + "/submissions", "{\"channel\":\"letter\",\"name\":\"Ola Nordmann\",\"text\":\"Brev\","
                + "\"attachmentName\":\"brev.pdf\",\"attachment\":\"" + pdf + "\"}", PLANNER);
        assertEquals(201, reg.status());
        Submission s = (Submission) reg.body();
        assertEquals(1, s.number());
        ApiResponse file = call("GET", "/submissions/" + s.id() + "/attachment", null, PLANNER);
        assertArrayEquals("%PDF-1.4 brev".getBytes(), ((ApiResponse.Bytes) file.body()).bytes());
        ApiResponse assessed = call("PUT", "/submissions/" + s.id() + "/assessment", "{\"summary\":\"Ønskjer meir\",\"assessment\":\"Teke inn\","
                + "\"outcome\":\"partly-taken-in\",\"changedSection\":\"3.1\",\"version\":" + s.version() + "}", PLANNER);
        assertEquals(200, assessed.status());
        AssessmentReport report = (AssessmentReport) call("GET", "/" + c.id() + "/assessment", null, PLANNER).body();
        assertEquals("3.1", report.rows().get(0).changedSection());
        ApiResponse csv = call("GET", "/" + c.id() + "/assessment", Map.of("format", "csv"), null, PLANNER);
        assertTrue(((ApiResponse.Text) csv.body()).text().contains("Delvis teke inn"), ((ApiResponse.Text) csv.body()).text());
        assertEquals(200, call("POST", "/" + c.id() + "/publish", "{\"published\":true,\"version\":" + c.version() + "}", PLANNER).status());
    }

    @Test
    void aReaderIsRefusedBeforeTheBodyIsReadAndSeesNoContactDetails() {
        Consultation c = open();
        UserContext reader = ConsultationFixture.READER;
        assertEquals(403, call("POST", "", "not json at all", reader).status());
        assertEquals(403, call("POST", "/" + c.id() + "/submissions", "{", reader).status());
        assertEquals(403, call("PUT", "/submissions/1/assessment", "", reader).status());
        assertEquals(403, call("GET", "/submissions/1/attachment", null, reader).status());
        assertEquals(403, call("GET", "/submitters/export", Map.of("submitter", "x@y.no"), null, reader).status());
        assertEquals(403, call("POST", "/submitters/erase", "{}", UserContext.of("koordinator", Role.COORDINATOR)).status());
        f.service().submit(c.id(), new no.planverk.consultation.api.SubmissionDraft("Kari", null, "kari@example.no", "Tekst", null, false, null));
        @SuppressWarnings("unchecked")
        List<Submission> list = (List<Submission>) call("GET", "/" + c.id() + "/submissions", null, reader).body();
        assertEquals(null, list.get(0).email());
        assertEquals(null, list.get(0).name());
    }

    @Test
    void badInputIsA400AndUnknownPathsA404() {
        Consultation c = open();
        assertThrows(InvalidInputException.class, () -> call("POST", "/" + c.id() + "/submissions", "{\"channel\":\"portal\",\"name\":\"A\","
                + "\"text\":\"B\"}", PLANNER));
        assertThrows(InvalidInputException.class, () -> call("POST", "", "{\"planId\":1,\"subject\":\"budget\"}", PLANNER));
        assertThrows(InvalidInputException.class, () -> call("GET", "/" + c.id() + "/assessment", Map.of("format", "xlsx"), null, PLANNER));
        assertThrows(NotFoundException.class, () -> call("GET", "/" + c.id() + "/nothing", null, PLANNER));
        assertThrows(NotFoundException.class, () -> call("GET", "/999", null, PLANNER));
    }

    @Test
    void pdfWithoutTheRendererIsAClear503() {
        Consultation c = open();
        PlanverkException e = assertThrows(PlanverkException.class, () -> call("GET", "/" + c.id() + "/assessment",
                Map.of("format", "pdf"), null, PLANNER));
        assertEquals("consultation.export.noRenderer", e.message().key());
    }
}
