package no.planverk.plans.core.internal.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.Indicator;
import no.planverk.plans.api.IndicatorDraft;
import no.planverk.plans.api.IndicatorImport;
import no.planverk.plans.api.IndicatorSource;
import no.planverk.plans.api.IndicatorValue;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.core.internal.PlansFixture;
import no.planverk.plans.core.internal.rest.PlansEndpoint;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.stats.StatisticsUnavailableException;
import no.planverk.platform.core.internal.stats.SsbStatistics;
import no.planverk.platform.testing.ApiCall;
import no.planverk.platform.testing.RecordingAudit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An indicator's figures fetched from a local server that answers as SSB's PxWebApi v2 does (KOSTRA-like table 12209 as
 * JSON-stat 2.0), from a port where nothing listens, with fetching off, and by someone who is not an administrator.
 */
class IndicatorFetchTest {

    static final UserContext ADMIN = UserContext.of("admin", Role.ADMIN);
    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    static final String TABLE = "{\"class\":\"dataset\",\"label\":\"12209: Del på institusjon\",\"updated\":\"2025-06-16T06:00:00Z\","
            + "\"id\":[\"KOKkommuneregion0000\",\"ContentsCode\",\"Tid\"],\"size\":[1,1,3],\"role\":{\"time\":[\"Tid\"]},"
            + "\"dimension\":{\"KOKkommuneregion0000\":{\"category\":{\"index\":{\"4631\":0},\"label\":{\"4631\":\"Alver\"}}},"
            + "\"ContentsCode\":{\"category\":{\"index\":{\"KOSandel80+0000\":0}}},"
            + "\"Tid\":{\"category\":{\"index\":[\"2021\",\"2022\",\"2023\"]}}},\"value\":[12.1,11.9,11.4]}";

    private final PlansFixture f = PlansFixture.inMemory();
    private final List<String> asked = new ArrayList<>();
    private HttpServer server;
    private String base;
    private Indicator indicator;

    @BeforeEach
    void setUp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/api/pxwebapi/v2/tables/", exchange -> {
            asked.add(exchange.getRequestURI().getPath() + "?" + URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8));
            boolean known = exchange.getRequestURI().getPath().equals("/api/pxwebapi/v2/tables/12209/data");
            byte[] body = (known ? TABLE : "{\"title\":\"Not found\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(known ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/pxwebapi/v2/tables";
        Plan plan = f.plans().create(PlanDraft.of("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN, "KDP helse", 2023, 2033), PLANNER);
        Goal goal = f.goals().create(GoalDraft.of(plan.id(), null, GoalLevel.MAIN, "3.3.1", "Fleire skal bu heime"), PLANNER);
        indicator = f.indicators().create(new IndicatorDraft(goal.id(), "Del over 80 på institusjon", "%", 2020, 12.5, 2030, 9.0,
                List.of(new IndicatorValue(2021, 12.1)),
                new IndicatorSource("12209", "KOSandel80+0000", "4631", Map.of("KOKkommuneregion0000", "4631"))), PLANNER);
    }

    @AfterEach
    void close() {
        server.stop(0);
        f.close();
    }

    private IndicatorServiceImpl service(boolean enabled, String baseUrl) {
        IndicatorServiceImpl s = (IndicatorServiceImpl) f.indicators();
        s.setStatistics(SsbStatistics.of(enabled, baseUrl));
        return s;
    }

    private List<RecordingAudit.Call> fetches() {
        return f.audit().calls().stream().filter(c -> c.action().equals("fetch")).toList();
    }

    @Test
    void anAdministratorFetchesTheSourcesTableAndItIsReadAsTheFileImportReadsIt() {
        IndicatorImport done = service(true, base).fetchActuals(indicator.id(), indicator.version(), ADMIN);
        assertEquals(List.of("/api/pxwebapi/v2/tables/12209/data?lang=no&outputFormat=json-stat2&valueCodes[ContentsCode]=KOSandel80+0000"
                + "&valueCodes[KOKkommuneregion0000]=4631&valueCodes[Tid]=*"), asked,
                "the source is the selection; the region goes by the fixed category that names it, the + of a code kept");
        assertEquals(List.of(2022, 2023), done.added());
        assertEquals(List.of(), done.changed());
        assertEquals(List.of(2021), done.unchanged());
        assertEquals(List.of(new RecordingAudit.Call("admin", "fetch", IndicatorFetch.TYPE, "12209")), fetches());
        assertTrue(f.audit().calls().stream().anyMatch(c -> c.action().equals("import-actuals")), "the import is audited as a file's");
        IndicatorImport again = service(true, base).fetchActuals(indicator.id(), done.indicator().version(), ADMIN);
        assertEquals(List.of(2021, 2022, 2023), again.unchanged());
    }

    @Test
    void theSelectionNamesTheRegionWhenNoFixedCategoryDoes() {
        assertEquals("valueCodes[ContentsCode]=A&valueCodes[Region]=4631&valueCodes[Kjonn]=0&valueCodes[Tid]=*",
                IndicatorFetch.selection(new IndicatorSource("1", "A", "4631", Map.of("Kjonn", "0"))));
        assertEquals("valueCodes[Tid]=*", IndicatorFetch.selection(new IndicatorSource("1", null, null, Map.of())));
    }

    @Test
    void anUnreachableSsbIsSaidAndAuditedAndNothingChanges() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        StatisticsUnavailableException e = assertThrows(StatisticsUnavailableException.class,
                () -> service(true, "http://127.0.0.1:" + closed + "/tables").fetchActuals(indicator.id(), indicator.version(), ADMIN));
        assertEquals("platform.ssb.unreachable", e.message().key());
        assertEquals(1, fetches().size());
        assertEquals(indicator.version(), f.indicators().find(indicator.id()).orElseThrow().version());
    }

    @Test
    void offNothingIsAskedAndTheServiceSaysSo() {
        IndicatorServiceImpl off = service(false, base);
        assertEquals(false, off.fetchEnabled());
        assertEquals(true, service(true, base).fetchEnabled());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service(false, base).fetchActuals(indicator.id(), indicator.version(), ADMIN));
        assertEquals("platform.ssb.off", e.message().key());
        assertEquals(List.of(), asked);
    }

    @Test
    void anIndicatorWithoutATableIsRefusedBeforeAnythingIsAsked() {
        Indicator bare = f.indicators().create(new IndicatorDraft(indicator.goalId(), "Utan kjelde", "%", 2020, 1.0, 2030, 2.0, List.of()), PLANNER);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service(true, base).fetchActuals(bare.id(), bare.version(), ADMIN));
        assertEquals("plans.ssb.fetch.noTable", e.message().key());
        assertEquals(List.of(), asked);
    }

    @Test
    void onlyAdministratorsFetchCheckedBeforeAnything() {
        assertThrows(AccessDeniedException.class, () -> service(true, base).fetchActuals(indicator.id(), indicator.version(), PLANNER));
        assertThrows(AccessDeniedException.class, () -> service(true, base).fetchActuals(999_999, 0, PLANNER), "before the indicator is looked up");
        assertEquals(List.of(), asked);
        assertEquals(List.of(), fetches());
    }

    @Test
    void theRouteIsForAdministratorsAndAnswersAsTheImport() {
        service(true, base);
        PlansEndpoint endpoint = new PlansEndpoint(f.plans(), f.goals(), f.indicators(), f.programs(), f.transfer(), f.documents(),
                f.moduleTransfer());
        String path = "indicators/" + indicator.id() + "/actuals/fetch";
        assertEquals(Set.of(Role.ADMIN), endpoint.rolesFor("POST", List.of(path.split("/"))), "the platform answers 403 to others");
        ApiResponse r = endpoint.routes().handle(ApiCall.of("POST", path + "?version=" + indicator.version(), ADMIN, null));
        assertEquals(200, r.status());
        assertEquals(List.of(2022, 2023), ((IndicatorImport) r.body()).added());
        assertThrows(AccessDeniedException.class, () -> endpoint.routes().handle(ApiCall.of("POST", path + "?version=1", PLANNER, null)));
    }
}
