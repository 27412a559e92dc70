package no.planverk.forecasting.core.internal.ssb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.InputInfo;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.core.internal.ForecastingFixture;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.AuditEntry;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.AuditQuery;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.core.internal.PlatformMessages;
import no.planverk.platform.core.internal.stats.SsbStatistics;
import no.planverk.platform.testing.Catalogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fetching table 14288 from a local server that answers as SSB's PxWebApi v2 does (the JSON-stat test file with two
 * regions), from a port where nothing listens, with fetching off, and by someone who is not an administrator.
 */
class SsbFetchTest {

    static final UserContext ADMIN = UserContext.of("admin", Role.ADMIN);
    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);

    /** The audit trail with what each fetch kept. */
    static final class Trail implements AuditLog {
        final List<SsbFetch.Fetched> fetches = new ArrayList<>();
        final List<Object> ids = new ArrayList<>();

        @Override
        public void record(UserContext actor, String action, String entityType, Object entityId, Object before, Object after) {
            assertEquals(SsbFetch.TYPE, entityType);
            assertEquals("fetch", action);
            ids.add(entityId);
            fetches.add((SsbFetch.Fetched) after);
        }

        @Override
        public List<AuditEntry> find(AuditQuery query) {
            return List.of();
        }

        @Override
        public long count(AuditQuery query) {
            return 0;
        }
    }

    private final ForecastingFixture f = ForecastingFixture.inMemory();
    private final Trail trail = new Trail();
    private final List<String> queries = new ArrayList<>();
    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/ssb/14288-alver-bergen.json")) {
            file = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/api/pxwebapi/v2/tables/", exchange -> {
            queries.add(URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8));
            boolean known = exchange.getRequestURI().getPath().equals("/api/pxwebapi/v2/tables/14288/data");
            byte[] body = known ? file : "{\"title\":\"Not found\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(known ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/pxwebapi/v2/tables";
    }

    @AfterEach
    void stop() {
        server.stop(0);
        f.close();
    }

    private SsbFetch fetch(boolean enabled, String baseUrl) {
        return new SsbFetch(f.service(), trail, SsbStatistics.of(enabled, baseUrl, Duration.ofSeconds(5), 1024 * 1024));
    }

    @Test
    void anAdministratorFetchesATableReadAsAnUploadAndTheFetchIsAudited() {
        InputInfo info = fetch(true, base + "/").fetchPopulation(" 14288 ", "valueCodes[Region]=4631&valueCodes[Alder]=*", "SSB 14288 Alver",
                null, Map.of("region", "4631"), ADMIN);
        assertEquals(List.of("lang=no&outputFormat=json-stat2&valueCodes[Region]=4631&valueCodes[Alder]=*"), queries);
        assertEquals(InputKind.POPULATION, info.kind());
        assertEquals("14288", info.source().table());
        assertEquals("4631 Alver", info.source().region());
        assertTrue(f.service().input(info.id()).csv().startsWith("year,age,population\n2024,0,401\n"), "the upload's reader");
        assertEquals(List.of("14288"), trail.ids);
        SsbFetch.Fetched audited = trail.fetches.get(0);
        assertEquals("stored", audited.outcome());
        assertEquals(info.id(), audited.inputId());
        assertEquals(200, audited.status());
        assertTrue(audited.url().startsWith(base + "/14288/data?lang=no&outputFormat=json-stat2&valueCodes%5BRegion%5D=4631"), audited.url());
    }

    @Test
    void twoRegionsWithoutAChoiceAreRefusedAsAnUploadIsAndTheAttemptIsAudited() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> fetch(true, base).fetchPopulation("14288", null, "SSB 14288", null, Map.of(), ADMIN));
        assertTrue(e.getMessage().contains("4601 Bergen, 4631 Alver"), e.getMessage());
        assertEquals(List.of(), f.service().inputs(InputKind.POPULATION));
        assertEquals("not stored: InvalidInputException", trail.fetches.get(0).outcome());
    }

    @Test
    void anUnreachableServerIsSaidInNynorskAndAudited() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String nowhere = "http://127.0.0.1:" + closed + "/api/pxwebapi/v2/tables";
        SsbFetchFailed e = assertThrows(SsbFetchFailed.class,
                () -> fetch(true, nowhere).fetchPopulation("14288", null, "SSB", null, Map.of("region", "4631"), ADMIN));
        assertEquals("platform.ssb.unreachable", e.message().key());
        assertEquals("Fekk ikkje kontakt med SSB på http://127.0.0.1:" + closed + ". Tenaren har kanskje ikkje samband med Internett: "
                + "last ned fila frå SSB og hent henne inn i staden", Catalogs.nynorsk(e.message(), new PlatformMessages()));
        assertNotNull(e.fieldMessages().get("table"));
        assertTrue(trail.fetches.get(0).outcome().startsWith("unreachable: "), trail.fetches.get(0).outcome());
        assertEquals(0, trail.fetches.get(0).status());
        assertEquals(List.of(), f.service().inputs(InputKind.POPULATION));
    }

    @Test
    void aTableSsbDoesNotHaveIsSaidByNumber() {
        SsbFetchFailed e = assertThrows(SsbFetchFailed.class,
                () -> fetch(true, base).fetchPopulation("99999", null, "SSB", null, Map.of(), ADMIN));
        assertEquals("SSB har ingen tabell 99999", Catalogs.nynorsk(e.message(), new PlatformMessages()));
        assertEquals(404, trail.fetches.get(0).status());
    }

    @Test
    void offByDefaultNothingIsFetched() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> fetch(false, base).fetchPopulation("14288", null, "SSB", null, Map.of("region", "4631"), ADMIN));
        assertEquals("platform.ssb.off", e.message().key());
        assertEquals(List.of(), queries);
        assertEquals(List.of(), trail.fetches, "nothing asked, nothing to audit");
    }

    @Test
    void onlyAnAdministratorFetches() {
        assertThrows(AccessDeniedException.class,
                () -> fetch(true, base).fetchPopulation("14288", null, "SSB", null, Map.of("region", "4631"), PLANNER));
        assertEquals(List.of(), queries);
        assertEquals(List.of(), trail.fetches);
    }

    @Test
    void aTableIdOrSelectionCannotLeadElsewhere() {
        SsbFetch on = fetch(true, base);
        InvalidInputException table = assertThrows(InvalidInputException.class,
                () -> on.fetchPopulation("../../admin", null, "SSB", null, Map.of(), ADMIN));
        assertEquals("platform.ssb.table", table.message().key());
        InvalidInputException selection = assertThrows(InvalidInputException.class,
                () -> on.fetchPopulation("14288", "valueCodes[Region]=4631#x", "SSB", null, Map.of(), ADMIN));
        assertEquals("platform.ssb.selection", selection.message().key());
        assertEquals(List.of(), queries);
        InvalidInputException baseUrl = assertThrows(InvalidInputException.class,
                () -> fetch(true, "data.ssb.no").fetchPopulation("14288", null, "SSB", null, Map.of(), ADMIN));
        assertEquals("platform.ssb.baseUrl", baseUrl.message().key());
    }

    @Test
    void anAnswerLargerThanTheLimitIsRefusedNotCut() {
        SsbFetch small = new SsbFetch(f.service(), trail, SsbStatistics.of(true, base, Duration.ofSeconds(5), 1000));
        SsbFetchFailed e = assertThrows(SsbFetchFailed.class,
                () -> small.fetchPopulation("14288", null, "SSB", null, Map.of("region", "4631"), ADMIN));
        assertEquals("platform.ssb.tooLarge", e.message().key());
        assertEquals("too large", trail.fetches.get(0).outcome());
    }
}
