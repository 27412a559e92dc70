package no.planverk.plans.core.internal.rest;

import no.planverk.platform.testing.ApiCall;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.api.document.DocumentContent;
import no.planverk.plans.api.document.DocumentFormat;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.DocumentOutline;
import no.planverk.plans.api.document.DocumentRenderer;
import no.planverk.plans.api.document.DocumentSection;
import no.planverk.plans.api.document.RevisionComparison;
import no.planverk.plans.api.document.SectionComment;
import no.planverk.plans.core.internal.PlansFixture;
import no.planverk.platform.api.ApiError;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/plans/{id}/document/...} through the endpoint's route table, on the real services. */
class DocumentsApiTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    static final UserContext OTHER = UserContext.of("kollega", Role.PLANNER);

    private final PlansFixture f = PlansFixture.inMemory();
    private PlansEndpoint endpoint;
    private Plan plan;

    @BeforeEach
    void setUp() {
        endpoint = new PlansEndpoint(f.plans(), f.goals(), f.indicators(), f.programs(), f.transfer(), f.documents(), f.moduleTransfer());
        plan = f.plans().create(PlanDraft.of("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN, "KDP helse", 2023, 2033), PLANNER);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private ApiResponse call(String method, String path, UserContext user, String body) {
        return endpoint.routes().handle(ApiCall.of(method, plan.id() + "/document" + path, user, body));
    }

    private DocumentSection addSection(String heading) {
        return (DocumentSection) call("POST", "/sections", PLANNER, "{\"heading\":\"" + heading + "\"}").body();
    }

    @Test
    void readersReadAndOnlyWritersWrite() {
        assertEquals(Set.of(), endpoint.rolesFor("GET", List.of("1", "document", "sections", "2")));
        assertEquals(Set.of(Role.PLANNER, Role.UNIT_LEADER), endpoint.rolesFor("PUT", List.of("1", "document", "sections", "2")));
        assertEquals(Set.of(Role.PLANNER, Role.UNIT_LEADER), endpoint.rolesFor("POST", List.of("1", "document", "comments", "2", "resolve")));
        assertEquals(Set.of(Role.PLANNER, Role.UNIT_LEADER), endpoint.rolesFor("POST", List.of("1", "document", "revisions", "2", "freeze")));
    }

    @Test
    void aSecondSaveAnswers409WithBothTexts() {
        DocumentSection s = addSection("Innleiing");
        assertEquals(200, call("PUT", "/sections/" + s.id(), PLANNER,
                "{\"heading\":\"Innleiing\",\"markdown\":\"Kari sin tekst\",\"version\":" + s.version() + "}").status());
        ApiResponse stale = call("PUT", "/sections/" + s.id(), OTHER,
                "{\"heading\":\"Innleiing\",\"markdown\":\"Ola sin tekst\",\"version\":" + s.version() + "}");
        assertEquals(409, stale.status());
        DocumentsApi.Conflict c = (DocumentsApi.Conflict) stale.body();
        assertEquals("Ola sin tekst", c.yourMarkdown());
        assertEquals("Kari sin tekst", c.current().markdown());
        assertTrue(c.message().contains("changed by someone else"), c.message());
    }

    @Test
    void outlineRevisionsCompareAndComments() {
        DocumentSection s = addSection("Innleiing");
        call("PUT", "/sections/" + s.id(), PLANNER, "{\"heading\":\"Innleiing\",\"markdown\":\"Ein tredelt struktur\",\"version\":" + s.version() + "}");
        DocumentOutline outline = (DocumentOutline) call("GET", "/outline", PLANNER, null).body();
        assertEquals("1", outline.sections().get(0).number());
        RevisionComparison cmp = (RevisionComparison) call("GET", "/revisions/1/compare/2", PLANNER, null).body();
        assertEquals("Ein tredelt struktur", cmp.sections().get(0).textAfter().get(0).text());
        SectionComment c = (SectionComment) call("POST", "/sections/" + s.id() + "/comments", OTHER, "{\"text\":\"Bra\"}").body();
        SectionComment resolved = (SectionComment) call("POST", "/comments/" + c.id() + "/resolve", PLANNER, "{\"version\":" + c.version() + "}").body();
        assertTrue(resolved.resolved());
        assertEquals(200, call("POST", "/revisions/2/freeze", PLANNER, "{\"reason\":\"consultation\"}").status(), "comments are no revisions");
        assertEquals("CONSULTATION", ((DocumentOutline) call("GET", "/outline", PLANNER, null).body()).frozenAs().name());
    }

    @Test
    void aSectionOfAnotherPlanIsNotFoundUnderThisOne() {
        Plan other = f.plans().create(PlanDraft.of("ANNA", PlanType.TEMAPLAN, "Anna", 2024, 2028), PLANNER);
        DocumentSection foreign = f.documents().add(DocumentKey.plan(other.id()), null, 0, "Framand", PLANNER);
        assertThrows(NotFoundException.class, () -> call("GET", "/sections/" + foreign.id(), PLANNER, null));
        assertThrows(NotFoundException.class, () -> call("PUT", "/sections/" + foreign.id(), PLANNER,
                "{\"heading\":\"X\",\"markdown\":\"\",\"version\":1}"));
    }

    @Test
    void exportGoesThroughTheRendererAnd503WithoutIt() {
        addSection("Innleiing");
        assertInstanceOf(DocumentContent.class, call("GET", "", PLANNER, null).body());
        ApiResponse missing = call("GET", "?format=pdf", PLANNER, null);
        assertEquals(503, missing.status());
        assertTrue(((ApiError) missing.body()).message().contains("not available"));

        DocumentRenderer fake = (document, format, locale) -> (format + ":" + document.title() + ":" + document.sections().size())
                .getBytes(StandardCharsets.UTF_8);
        endpoint.setRenderer(fake);
        ApiResponse.Bytes docx = (ApiResponse.Bytes) call("GET", "?format=docx&lang=en", PLANNER, null).body();
        assertEquals(DocumentFormat.DOCX.mediaType(), docx.contentType());
        assertEquals("plan-" + plan.id() + ".docx", docx.fileName());
        assertArrayEquals("DOCX:KDP helse:1".getBytes(StandardCharsets.UTF_8), docx.bytes());
        endpoint.unsetRenderer(fake);
        assertEquals(503, call("GET", "?format=html", PLANNER, null).status());
    }
}
