package no.planverk.forecasting.core.internal.staircase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.ForecastResult;
import no.planverk.forecasting.api.ServiceResult;
import no.planverk.forecasting.api.staircase.Staircase;
import no.planverk.forecasting.api.staircase.StaircaseStep;
import no.planverk.forecasting.api.staircase.StepDemand;
import org.junit.jupiter.api.Test;

class StepDemandsTest {

    private static final Staircase STAIRS = new Staircase(3, List.of(new StaircaseStep(1, 1, "Låg"), new StaircaseStep(2, 3, "Heime"),
            new StaircaseStep(3, 4, "Institusjon")), Map.of("Heimetenester", 2, "praktisk bistand", 2, "sjukeheim", 3));

    private static ServiceResult r(String scenario, String service, int year, double users, Double fte, Double cost) {
        return new ServiceResult(scenario, service, year, users, 0, null, fte, cost);
    }

    @Test
    void sumsTheServicesOfAStepPerScenarioAndYearBottomUpWithUnplacedLast() {
        ForecastResult result = new ForecastResult(2020, 2021, List.of(), List.of(
                r("normal", "heimetenester", 2020, 10, 3.0, 100.0), r("normal", "praktisk bistand", 2020, 5, null, 50.0),
                r("normal", "sjukeheim", 2020, 2, 2.2, 2000.0), r("normal", "kino", 2020, 7, null, null),
                r("normal", "heimetenester", 2021, 12, 3.6, 120.0), r("normal", "praktisk bistand", 2021, 6, null, 60.0),
                r("normal", "sjukeheim", 2021, 3, 3.3, 3000.0), r("normal", "kino", 2021, 8, null, null)));

        List<StepDemand> d = StepDemands.of(result, STAIRS);

        assertEquals(6, d.size());
        StepDemand home = d.get(0);
        assertEquals(2020, home.year());
        assertEquals(2, home.step());
        assertEquals(3, home.category());
        assertEquals(15, home.users(), 1e-9);
        assertEquals(3.0, home.fte(), 1e-9);
        assertEquals(150.0, home.cost(), 1e-9);
        assertEquals(List.of("heimetenester", "praktisk bistand"), home.services());
        assertEquals(3, d.get(1).step());
        assertEquals(0, d.get(2).step());
        assertEquals(0, d.get(2).category());
        assertNull(d.get(2).fte());
        assertEquals(8, d.get(5).users(), 1e-9);
        assertEquals(2021, d.get(4).year());
        assertEquals(3000.0, d.get(4).cost(), 1e-9);
    }

    @Test
    void keepsScenariosApart() {
        ForecastResult result = new ForecastResult(2020, 2020, List.of(), List.of(r("normal", "sjukeheim", 2020, 2, null, null),
                r("delayed", "sjukeheim", 2020, 1, null, null)));
        List<StepDemand> d = StepDemands.of(result, STAIRS);
        assertEquals(List.of("normal", "delayed"), d.stream().map(StepDemand::scenario).toList());
        assertEquals(1, d.get(1).users(), 1e-9);
    }
}
