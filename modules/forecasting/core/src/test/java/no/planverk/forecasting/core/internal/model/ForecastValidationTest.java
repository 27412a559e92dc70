package no.planverk.forecasting.core.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.CustomFactor;
import no.planverk.forecasting.api.ForecastRequest;
import no.planverk.forecasting.api.InstitutionPlaces;
import no.planverk.forecasting.api.PopulationProjection;
import no.planverk.forecasting.api.Scenario;
import no.planverk.forecasting.api.ServiceCost;
import no.planverk.forecasting.api.ServiceUsers;
import no.planverk.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class ForecastValidationTest {
    private final ForecastModelImpl model = new ForecastModelImpl();

    private void assertInvalid(String field, String reasonPart, ForecastRequest.Builder request) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> model.run(request.build()));
        assertTrue(e.fieldErrors().containsKey(field), () -> e.fieldErrors().toString());
        assertTrue(e.getMessage().contains(reasonPart), e::getMessage);
    }

    private static ForecastRequest.Builder example(List<ServiceUsers> users) {
        return ForecastRequest.builder(WorkedExample.POPULATION, users, 2020, 2021);
    }

    @Test
    void missingYear() {
        assertInvalid("population", "no figures for 2022", ForecastRequest.builder(WorkedExample.POPULATION, WorkedExample.USERS, 2020, 2022));
    }

    @Test
    void bandsMustRunFromZeroWithoutGapsToTheTopAge() {
        assertInvalid("serviceUsers", "no band for ages 0-2", example(List.of(new ServiceUsers("h", 3, 4, 1))));
        assertInvalid("serviceUsers", "no band for ages 2-2",
                example(List.of(new ServiceUsers("h", 0, 1, 1), new ServiceUsers("h", 3, 4, 1))));
        assertInvalid("serviceUsers", "no band for ages 3-4", example(List.of(new ServiceUsers("h", 0, 2, 1))));
        assertInvalid("serviceUsers", "overlapping", example(List.of(new ServiceUsers("h", 0, 3, 1), new ServiceUsers("h", 2, 4, 1))));
    }

    @Test
    void usersWhereNobodyLives() {
        PopulationProjection p = PopulationProjection.of(Map.of(2020, new double[] {10, 0}, 2021, new double[] {10, 5}));
        assertInvalid("serviceUsers", "nobody of that age",
                ForecastRequest.builder(p, List.of(new ServiceUsers("h", 0, 0, 1), new ServiceUsers("h", 1, 1, 1)), 2020, 2021));
    }

    @Test
    void unknownServicesAndMissingWelfareTech() {
        assertInvalid("costs", "'x'", example(WorkedExample.USERS).costs(List.of(new ServiceCost("x", 1.0, null))));
        assertInvalid("customFactors", "'x'", example(WorkedExample.USERS).customFactors(List.of(new CustomFactor("x", 2020, 2021, 1))));
        assertInvalid("welfareTech", "welfare-tech", example(WorkedExample.USERS).scenarios(Scenario.WELFARE_TECH));
        assertInvalid("scenarios", "named 'normal'", example(WorkedExample.USERS).scenarios(Scenario.NORMAL, Scenario.NORMAL));
    }

    @Test
    void placesNeedPeopleAtTheCoverageAge() {
        assertInvalid("places", "above the projection's top age", example(WorkedExample.USERS).places(new InstitutionPlaces(10)));
    }

    @Test
    void recordsRefuseBadValues() {
        assertThrows(InvalidInputException.class, () -> new ServiceUsers("h", 5, 4, 1));
        assertThrows(InvalidInputException.class, () -> new ServiceUsers("h", 0, 4, -1));
        assertThrows(InvalidInputException.class, () -> example(WorkedExample.USERS).delayPerYear(-0.1).build());
        assertThrows(InvalidInputException.class,
                () -> ForecastRequest.builder(WorkedExample.POPULATION, WorkedExample.USERS, 2020, 2019).build());
        assertEquals(List.of(Scenario.NORMAL, Scenario.DELAYED), example(WorkedExample.USERS).build().scenarios());
    }
}
