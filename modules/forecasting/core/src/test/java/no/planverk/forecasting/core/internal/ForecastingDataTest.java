package no.planverk.forecasting.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The forecasting module's part of the export of all data, as JSON: inputs with their CSV, saved runs. */
class ForecastingDataTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    final ForecastingFixture fx = ForecastingFixture.inMemory();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void inputsByKindAndSavedRuns() {
        long pop = fx.service().createInput(InputKind.POPULATION, "SSB", null,
                ForecastServiceImplTest.POPULATION.getBytes(StandardCharsets.UTF_8), PLANNER).id();
        long users = fx.service().createInput(InputKind.SERVICE_USERS, "Brukarar 2020", null,
                ForecastServiceImplTest.USERS.getBytes(StandardCharsets.UTF_8), PLANNER).id();
        fx.service().saveRun("Alver 2021", null, RunSpec.of(pop, users), PLANNER);

        JsonNode json = new ObjectMapper().registerModule(new JavaTimeModule()).valueToTree(new ForecastingData(fx.service(), fx.staircase()).data());
        assertEquals("SSB", json.at("/inputs/population/0/info/name").asText());
        assertTrue(json.at("/inputs/population/0/csv").asText().startsWith("year,age,population"));
        assertEquals(0, json.at("/inputs/housing").size());
        assertEquals("Alver 2021", json.at("/runs/0/info/name").asText(), json.at("/runs").toString());
        assertEquals(10, json.at("/staircase/steps").size(), "the seeded staircase");
        assertEquals(7, json.at("/staircase/services/heimetenester").asInt());
    }
}
