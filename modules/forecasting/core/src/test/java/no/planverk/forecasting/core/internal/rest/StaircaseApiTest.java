package no.planverk.forecasting.core.internal.rest;

import no.planverk.platform.testing.ApiCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.forecasting.api.staircase.Staircase;
import no.planverk.forecasting.api.staircase.StepDemand;
import no.planverk.forecasting.core.internal.ForecastingFixture;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GET/PUT /forecasts/staircase and a saved run's demand per step, through the route table on the real services. */
class StaircaseApiTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    private final ForecastingFixture f = ForecastingFixture.inMemory();
    private final ForecastsEndpoint endpoint = new ForecastsEndpoint(f.service(), f.csv(), f.staircase(), null);

    @AfterEach
    void close() {
        f.close();
    }

    private ApiResponse call(String method, String path, String body) {
        return endpoint.routes().handle(ApiCall.of(method, path, PLANNER, body));
    }

    @Test
    void readsAndReplacesTheStaircaseWithAVersionCheck() {
        Staircase seeded = (Staircase) call("GET", "staircase", null).body();
        assertEquals(0, seeded.version());
        String body = "{\"steps\":[{\"number\":1,\"category\":1,\"name\":\"Møteplass\"},{\"number\":2,\"category\":4,\"name\":\"Sjukeheim\"}],"
                + "\"services\":{\"sjukeheim\":2},\"version\":0}";
        Staircase saved = (Staircase) call("PUT", "staircase", body).body();
        assertEquals(2, saved.steps().size());
        assertEquals(saved, call("GET", "staircase", null).body());
        assertThrows(StaleVersionException.class, () -> call("PUT", "staircase", body));
    }

    @Test
    void aSavedRunAnswersItsDemandPerStepAndDownloadsIt() {
        long pop = f.service().createInput(InputKind.POPULATION, "pop", null,
                "year,age,population\n2020,0,10\n2021,0,20\n".getBytes(StandardCharsets.UTF_8), PLANNER).id();
        long users = f.service().createInput(InputKind.SERVICE_USERS, "users", null,
                "service,age_from,age_to,users\nheimetenester,0,0,2\n".getBytes(StandardCharsets.UTF_8), PLANNER).id();
        RunInfo run = f.service().saveRun("Alver", null, RunSpec.of(pop, users), PLANNER);

        ForecastsEndpoint.RunDetail detail = (ForecastsEndpoint.RunDetail) call("GET", "runs/" + run.id(), null).body();
        StepDemand first = detail.staircase().get(0);
        assertEquals(List.of("normal", 2020, 7, 3), List.of(first.scenario(), first.year(), first.step(), first.category()));
        assertEquals(2, first.users(), 1e-9);

        ApiResponse csv = call("GET", "runs/" + run.id() + "?format=staircase", null);
        String text = new String(((ApiResponse.Bytes) csv.body()).bytes(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("scenario,year,category,step,step_name,users,fte,cost,services\n"), text);
        assertTrue(text.contains("normal,2021,3,7,Heimetenester og heimesjukepleie,4.0,,,heimetenester"), text);
        ApiResponse xlsx = call("GET", "runs/" + run.id() + "?format=staircase-xlsx", null);
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ((ApiResponse.Bytes) xlsx.body()).contentType());
    }
}
