package no.planverk.forecasting.core.internal.ssb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import no.planverk.forecasting.core.internal.ForecastingFixture;
import no.planverk.forecasting.core.internal.rest.ForecastsEndpoint;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.core.internal.stats.SsbStatistics;
import no.planverk.platform.testing.ApiCall;
import no.planverk.platform.testing.RecordingAudit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** POST /forecasts/inputs/ssb: for administrators only, 502 when SSB cannot be reached, 400 without a table. */
class SsbApiTest {

    static final UserContext ADMIN = UserContext.of("admin", Role.ADMIN);
    private final ForecastingFixture f = ForecastingFixture.inMemory();

    @AfterEach
    void close() {
        f.close();
    }

    private ForecastsEndpoint endpoint(String baseUrl) {
        SsbFetch ssb = new SsbFetch(f.service(), new RecordingAudit(), SsbStatistics.of(true, baseUrl, Duration.ofSeconds(5), 1 << 20));
        return new ForecastsEndpoint(f.service(), f.csv(), f.staircase(), ssb);
    }

    @Test
    void onlyAdministratorsMayFetch() {
        assertEquals(Set.of(Role.ADMIN), endpoint("http://127.0.0.1:1").routes().rolesFor("POST", List.of("inputs", "ssb")));
        assertEquals(Set.of(Role.PLANNER), endpoint("http://127.0.0.1:1").routes().rolesFor("POST", List.of("inputs")));
    }

    @Test
    void anUnreachableSsbAnswers502WithTheReason() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        ApiResponse r = endpoint("http://127.0.0.1:" + closed + "/tables").handle(
                ApiCall.of("POST", "inputs/ssb?table=14288&name=SSB&region=4631", ADMIN, null));
        assertEquals(502, r.status());
        String json = ApiCall.json(r.body());
        assertTrue(json.contains("platform.ssb.unreachable") && json.contains("Could not reach SSB at http://127.0.0.1:" + closed), json);
    }

    @Test
    void aFetchWithoutATableIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> endpoint("http://127.0.0.1:1").handle(ApiCall.of("POST", "inputs/ssb?name=SSB", ADMIN, null)));
        assertEquals("forecasting.api.table.missing", e.message().key());
    }
}
