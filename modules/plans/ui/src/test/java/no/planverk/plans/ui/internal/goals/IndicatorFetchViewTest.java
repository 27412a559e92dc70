package no.planverk.plans.ui.internal.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.planverk.plans.api.IndicatorDraft;
import no.planverk.plans.api.IndicatorSource;
import no.planverk.plans.api.IndicatorValue;
import no.planverk.plans.core.internal.PlansMessages;
import no.planverk.plans.core.internal.indicators.IndicatorServiceImpl;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.core.internal.PlatformMessages;
import no.planverk.platform.core.internal.stats.SsbStatistics;
import no.planverk.platform.testing.Catalogs;
import no.planverk.ui.api.ServerTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Hent frå SSB" beside "Hent frå SSB-fil": administrators only, disabled with the reason while fetching is off, and a
 * fetch from a local server that answers as SSB's PxWebApi v2 (table 12209 as JSON-stat 2.0) or from a closed port.
 */
class IndicatorFetchViewTest {

    static final UserContext ADMIN = UserContext.of("admin", Role.ADMIN);
    static final String TABLE = "{\"class\":\"dataset\",\"id\":[\"Region\",\"ContentsCode\",\"Tid\"],\"size\":[1,1,2],\"role\":{\"time\":[\"Tid\"]},"
            + "\"dimension\":{\"Region\":{\"category\":{\"index\":{\"4631\":0},\"label\":{\"4631\":\"Alver\"}}},"
            + "\"ContentsCode\":{\"category\":{\"index\":{\"Del\":0}}},\"Tid\":{\"category\":{\"index\":[\"2021\",\"2022\"]}}},\"value\":[40,41.5]}";

    private final AlverGoals a = new AlverGoals();
    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/tables/", exchange -> {
            byte[] body = TABLE.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/tables";
        ServerTexts.use(Catalogs.translator(new PlansMessages(), new PlatformMessages()));
        a.f.indicators().create(new IndicatorDraft(a.g41.id(), "Del fysisk aktive", "%", 2020, 40.0, 2030, 50.0,
                List.of(new IndicatorValue(2021, 40)), new IndicatorSource("12209", "Del", "4631", Map.of())), AlverGoals.PLANNER);
    }

    @AfterEach
    void close() {
        server.stop(0);
        a.close();
    }

    private IndicatorsSection section(UserContext user, boolean enabled, String baseUrl) {
        ((IndicatorServiceImpl) a.f.indicators()).setStatistics(SsbStatistics.of(enabled, baseUrl));
        AlverGoals.signIn(user);
        GoalsPanel p = new GoalsPanel(a.kdp, a.f.goals(), a.f.indicators(), true);
        UI.getCurrent().add(p);
        p.tree.select(a.g41);
        p.indicators.grid.select(GridKt._get(p.indicators.grid, 0));
        return p.indicators;
    }

    @Test
    void offTheButtonIsDisabledWithTheReasonBeside() {
        IndicatorsSection s = section(ADMIN, false, base);
        assertTrue(s.fetchActuals.isVisible());
        assertEquals("Hent frå SSB", s.fetchActuals.getText());
        assertFalse(s.fetchActuals.isEnabled(), "off, even with an indicator selected");
        assertTrue(s.importActuals.isEnabled(), "the file import stays");
        assertTrue(s.fetchOff.isVisible());
        assertEquals("Henting frå SSB er slått av. Ein administrator slår ho på med enabled = true i etc/no.planverk.ssb.cfg; "
                + "til då hentar du tala frå ei SSB-fil.", s.fetchOff.getText());
    }

    @Test
    void aPlannerDoesNotSeeIt() {
        IndicatorsSection s = section(AlverGoals.PLANNER, true, base);
        assertFalse(s.fetchActuals.isVisible());
        assertFalse(s.fetchOff.isVisible());
    }

    @Test
    void onAnAdministratorFetchesAndIsToldWhichYearsCame() {
        IndicatorsSection s = section(ADMIN, true, base);
        assertTrue(s.fetchActuals.isEnabled());
        assertFalse(s.fetchOff.isVisible());
        s.fetchActuals.click();
        assertEquals("«Del fysisk aktive» er henta frå SSB. Nye år: 2022. Endra år: ingen. Uendra år: 2021.", s.fetchNote.getText());
        assertEquals("2021: 40 · 2022: 41,5", GridKt._getFormatted(s.grid, 0, "actuals"));
    }

    @Test
    void anUnreachableSsbIsSaidInNynorsk() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        IndicatorsSection s = section(ADMIN, true, "http://127.0.0.1:" + closed + "/tables");
        s.fetchActuals.click();
        assertEquals("Fekk ikkje kontakt med SSB på http://127.0.0.1:" + closed + ". Tenaren har kanskje ikkje samband med Internett: "
                + "last ned fila frå SSB og hent henne inn i staden", s.fetchNote.getText());
        assertEquals("2021: 40", GridKt._getFormatted(s.grid, 0, "actuals"));
    }
}
