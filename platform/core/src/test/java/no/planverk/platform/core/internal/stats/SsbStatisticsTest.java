package no.planverk.platform.core.internal.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.stats.FetchedTable;
import no.planverk.platform.api.stats.StatisticsUnavailableException;
import no.planverk.platform.core.internal.PlatformMessages;
import no.planverk.platform.testing.Catalogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shared SSB fetch against a local server that answers as PxWebApi v2 does (table 12209 known, others 404), a port
 * where nothing listens, fetching off, someone not an administrator, and table ids or selections that aim elsewhere.
 */
class SsbStatisticsTest {

    static final UserContext ADMIN = UserContext.of("admin", Role.ADMIN);
    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    static final byte[] FILE = "{\"class\":\"dataset\",\"id\":[\"Tid\"],\"size\":[1],\"dimension\":{\"Tid\":{\"category\":{\"index\":[\"2024\"]}}},\"value\":[1.5]}"
            .getBytes(StandardCharsets.UTF_8);

    private final List<String> asked = new ArrayList<>();
    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/api/pxwebapi/v2/tables/", exchange -> {
            asked.add(exchange.getRequestURI().getPath() + "?" + URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8));
            String path = exchange.getRequestURI().getPath();
            int status = path.equals("/api/pxwebapi/v2/tables/12209/data") ? 200 : path.contains("/500/") ? 500 : 404;
            byte[] body = status == 200 ? FILE : "{\"title\":\"Not found\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
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
    }

    @Test
    void anAdministratorGetsTheTablesBytesFromTheAddressBuiltOfTableAndSelection() {
        FetchedTable t = SsbStatistics.of(true, base + "/").fetch(" 12209 ", "valueCodes[Region]=4631&valueCodes[Tid]=*", ADMIN);
        assertArrayEquals(FILE, t.body());
        assertEquals("12209", t.table());
        assertEquals(List.of("/api/pxwebapi/v2/tables/12209/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=4631&valueCodes[Tid]=*"), asked);
        assertEquals(base + "/12209/data?lang=no&outputFormat=json-stat2&valueCodes%5BRegion%5D=4631&valueCodes%5BTid%5D=*", t.address().toString());
    }

    @Test
    void anUnreachableServerIsSaidInNynorskWithItsAddress() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        StatisticsUnavailableException e = assertThrows(StatisticsUnavailableException.class,
                () -> SsbStatistics.of(true, "http://127.0.0.1:" + closed + "/tables").fetch("12209", null, ADMIN));
        assertEquals("platform.ssb.unreachable", e.message().key());
        assertEquals("Fekk ikkje kontakt med SSB på http://127.0.0.1:" + closed + ". Tenaren har kanskje ikkje samband med Internett: "
                + "last ned fila frå SSB og hent henne inn i staden", Catalogs.nynorsk(e.message(), new PlatformMessages()));
        assertEquals(0, e.status());
        assertTrue(e.outcome().startsWith("unreachable: "), e.outcome());
        assertEquals("platform.ssb.unreachable", e.fieldMessages().get("table").key());
    }

    @Test
    void aTableSsbDoesNotHaveOrAnErrorIsSaidWithTheStatus() {
        StatisticsUnavailableException missing = assertThrows(StatisticsUnavailableException.class,
                () -> SsbStatistics.of(true, base).fetch("99999", null, ADMIN));
        assertEquals("SSB har ingen tabell 99999", Catalogs.nynorsk(missing.message(), new PlatformMessages()));
        assertEquals(404, missing.status());
        StatisticsUnavailableException broken = assertThrows(StatisticsUnavailableException.class,
                () -> SsbStatistics.of(true, base).fetch("500", null, ADMIN));
        assertEquals("platform.ssb.status", broken.message().key());
        assertEquals("refused", broken.outcome());
    }

    @Test
    void anAnswerLargerThanTheLimitIsRefusedNotCut() {
        StatisticsUnavailableException e = assertThrows(StatisticsUnavailableException.class,
                () -> SsbStatistics.of(true, base, Duration.ofSeconds(5), 10).fetch("12209", null, ADMIN));
        assertEquals("platform.ssb.tooLarge", e.message().key());
        assertEquals("too large", e.outcome());
    }

    @Test
    void offByDefaultNothingIsAsked() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SsbStatistics.of(false, base).fetch("12209", null, ADMIN));
        assertEquals("platform.ssb.off", e.message().key());
        assertEquals(List.of(), asked);
        assertEquals("https://data.ssb.no/api/pxwebapi/v2/tables", SsbConfig.DEFAULT_BASE_URL);
    }

    @Test
    void onlyAnAdministratorFetchesAndThatIsCheckedFirst() {
        assertThrows(AccessDeniedException.class, () -> SsbStatistics.of(true, base).fetch("12209", null, PLANNER));
        assertThrows(AccessDeniedException.class, () -> SsbStatistics.of(false, base).fetch("../x", null, PLANNER));
        assertEquals(List.of(), asked);
    }

    @Test
    void aTableIdOrSelectionCannotLeadElsewhere() {
        SsbStatistics on = SsbStatistics.of(true, base);
        assertEquals("platform.ssb.table", assertThrows(InvalidInputException.class, () -> on.fetch("../../admin", null, ADMIN)).message().key());
        assertEquals("platform.ssb.table", assertThrows(InvalidInputException.class, () -> on.address("12209/../x", null)).message().key());
        assertEquals("platform.ssb.selection",
                assertThrows(InvalidInputException.class, () -> on.fetch("12209", "valueCodes[Region]=4631#x", ADMIN)).message().key());
        assertEquals("platform.ssb.selection", assertThrows(InvalidInputException.class, () -> on.address("12209", "@evil.example")).message().key());
        assertEquals(base + "/12209/data?lang=no&outputFormat=json-stat2&a%2Fb=c%26d", on.address("12209", "a/b=c%26d").toString(),
                "a slash or an encoded & stays inside one parameter");
        assertEquals(List.of(), asked);
        assertEquals("platform.ssb.baseUrl",
                assertThrows(InvalidInputException.class, () -> SsbStatistics.of(true, "data.ssb.no").fetch("12209", null, ADMIN)).message().key());
    }
}
