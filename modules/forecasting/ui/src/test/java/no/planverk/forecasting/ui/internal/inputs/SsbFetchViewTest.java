package no.planverk.forecasting.ui.internal.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import no.planverk.forecasting.api.InputInfo;
import no.planverk.forecasting.core.internal.ForecastingFixture;
import no.planverk.forecasting.core.internal.ForecastingMessages;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.core.internal.PlatformMessages;
import no.planverk.platform.testing.Catalogs;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.testing.ContributedViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Hent frå SSB" on the inputs page: only administrators see it, disabled with the reason while fetching is off; the
 * dialog fetches table 14288 from a local server answering as SSB does, or says in nynorsk that SSB cannot be reached.
 */
class SsbFetchViewTest {

    static final UserContext ADMIN = UserContext.of("admin", Role.ADMIN);
    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);

    private final ForecastingFixture f = ForecastingFixture.inMemory();
    private HttpServer server;

    @AfterEach
    void close() {
        ContributedViews.tearDown();
        ServerTexts.use(null);
        if (server != null) {
            server.stop(0);
        }
        f.close();
    }

    private InputsView open(boolean enabled, String baseUrl, UserContext user) {
        ServerTexts.use(Catalogs.translator(new ForecastingMessages(), new PlatformMessages()));
        ContributedViews.setUp(List.of(new InputsContribution(f.service(), f.csv(), new no.planverk.forecasting.core.internal.InputTransferImpl(f.service(), f.csv()), f.ssb(enabled, baseUrl))), user);
        return ContributedViews.open("forecasting/inputs", InputsView.class);
    }

    private String serve() throws IOException {
        byte[] file;
        try (InputStream in = ForecastingFixture.class.getResourceAsStream("/ssb/14288-alver-bergen.json")) {
            file = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/tables/14288/data", exchange -> {
            exchange.sendResponseHeaders(200, file.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(file);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tables";
    }

    @Test
    void plannersDoNotSeeTheButton() {
        InputsView view = open(true, "http://127.0.0.1:1/tables", PLANNER);
        assertFalse(view.fetchSsb.isVisible());
        assertFalse(view.ssbOff.isVisible());
    }

    @Test
    void whileFetchingIsOffAnAdministratorSeesWhyTheButtonIsDisabled() {
        InputsView view = open(false, "https://data.ssb.no/api/pxwebapi/v2/tables", ADMIN);
        assertTrue(view.fetchSsb.isVisible());
        assertFalse(view.fetchSsb.isEnabled());
        assertTrue(view.ssbOff.isVisible());
        assertEquals("Henting frå SSB er slått av. Ein administrator slår ho på med enabled = true i etc/no.planverk.ssb.cfg.",
                view.ssbOff.getText());
    }

    @Test
    void anAdministratorFetchesTheTableAndSeesItInTheList() throws IOException {
        InputsView view = open(true, serve(), ADMIN);
        assertEquals("Hent frå SSB", view.fetchSsb.getText());
        view.fetchSsb.click();
        SsbFetchDialog d = LocatorJ._get(SsbFetchDialog.class);
        d.name.setValue("SSB 14288 Alver");
        d.fetch.click();
        assertTrue(d.problem.isVisible(), "two regions and none chosen");
        assertTrue(d.problem.getText().contains("4601 Bergen, 4631 Alver"), d.problem.getText());
        d.region.setValue("4631");
        d.fetch.click();
        assertFalse(d.isOpened());
        List<InputInfo> rows = GridKt._fetch(view.grid, 0, 10);
        assertEquals(List.of("SSB 14288 Alver"), rows.stream().map(InputInfo::name).toList());
        assertEquals("4631 Alver", rows.get(0).source().region());
        assertTrue(ContributedViews.notifications().stream().anyMatch(n -> n.startsWith("«SSB 14288 Alver» er henta og lagra (")),
                ContributedViews.notifications().toString());
    }

    @Test
    void anUnreachableSsbIsSaidInTheDialog() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        InputsView view = open(true, "http://127.0.0.1:" + closed + "/tables", ADMIN);
        view.fetchSsb.click();
        SsbFetchDialog d = LocatorJ._get(SsbFetchDialog.class);
        d.name.setValue("SSB");
        d.region.setValue("4631");
        d.fetch.click();
        assertTrue(d.isOpened());
        assertEquals("Fekk ikkje kontakt med SSB på http://127.0.0.1:" + closed + ". Tenaren har kanskje ikkje samband med Internett: "
                + "last ned fila frå SSB og hent henne inn i staden", d.problem.getText());
        assertEquals(List.of(), GridKt._fetch(view.grid, 0, 10));
    }
}
