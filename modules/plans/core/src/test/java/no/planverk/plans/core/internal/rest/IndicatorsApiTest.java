package no.planverk.plans.core.internal.rest;

import no.planverk.platform.testing.ApiCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.Indicator;
import no.planverk.plans.api.IndicatorImport;
import no.planverk.plans.api.IndicatorSource;
import no.planverk.plans.api.IndicatorValue;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.core.internal.PlansFixture;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/plans/goals/{goalId}/indicators} and {@code /plans/indicators/...} through the route table, on the real services. */
class IndicatorsApiTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);

    private final PlansFixture f = PlansFixture.inMemory();
    private PlansEndpoint endpoint;
    private Goal goal;

    @BeforeEach
    void setUp() {
        endpoint = new PlansEndpoint(f.plans(), f.goals(), f.indicators(), f.programs(), f.transfer(), f.documents(), f.moduleTransfer());
        Plan plan = f.plans().create(PlanDraft.of("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN, "KDP helse", 2023, 2033), PLANNER);
        goal = f.goals().create(GoalDraft.of(plan.id(), null, GoalLevel.MAIN, "3.3.1", "Fleire skal bu heime"), PLANNER);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private ApiResponse call(String method, String path, String body) {
        return endpoint.routes().handle(ApiCall.of(method, path, PLANNER, body));
    }

    private Indicator create() {
        ApiResponse created = call("POST", "goals/" + goal.id() + "/indicators", "{\"name\":\"Del over 80 på institusjon\",\"unit\":\"%\","
                + "\"baselineYear\":2020,\"baselineValue\":12.5,\"targetYear\":2030,\"targetValue\":9,\"actuals\":[{\"year\":2021,\"value\":12.1}]}");
        assertEquals(201, created.status());
        return (Indicator) created.body();
    }

    @Test
    void writersWriteAndEveryoneReads() {
        assertEquals(Set.of(Role.PLANNER, Role.UNIT_LEADER), endpoint.rolesFor("POST", List.of("goals", "1", "indicators")));
        assertEquals(Set.of(Role.PLANNER, Role.UNIT_LEADER), endpoint.rolesFor("PUT", List.of("indicators", "1", "actuals", "2024")));
        assertEquals(Set.of(Role.PLANNER, Role.UNIT_LEADER), endpoint.rolesFor("DELETE", List.of("indicators", "1")));
        assertEquals(Set.of(), endpoint.rolesFor("GET", List.of("indicators", "1")));
    }

    @Test
    void anIndicatorIsCreatedChangedWithItsVersionAndDeleted() {
        Indicator i = create();
        assertEquals(List.of(i), call("GET", "goals/" + goal.id() + "/indicators", null).body());
        assertEquals(i, call("GET", "indicators/" + i.id(), null).body());

        ApiResponse changed = call("PUT", "indicators/" + i.id(), "{\"name\":\"Del over 80 på institusjon\",\"unit\":\"%\",\"baselineYear\":2020,"
                + "\"baselineValue\":12.5,\"targetYear\":2030,\"targetValue\":8,\"actuals\":[],\"version\":" + i.version() + "}");
        assertEquals(200, changed.status());
        Indicator after = (Indicator) changed.body();
        assertEquals(8, after.targetValue());
        assertEquals(List.of(), after.actuals());
        assertThrows(StaleVersionException.class, () -> call("PUT", "indicators/" + i.id(), "{\"name\":\"x\",\"baselineYear\":2020,"
                + "\"baselineValue\":1,\"targetYear\":2030,\"targetValue\":2,\"version\":" + i.version() + "}"), "the version read is stale");
        assertThrows(InvalidInputException.class, () -> call("PUT", "indicators/" + i.id(), "{\"name\":\"x\"}"), "no version sent");

        assertThrows(StaleVersionException.class, () -> call("DELETE", "indicators/" + i.id() + "?version=" + i.version(), null));
        assertEquals(204, call("DELETE", "indicators/" + i.id() + "?version=" + after.version(), null).status());
        assertThrows(NotFoundException.class, () -> call("GET", "indicators/" + i.id(), null));
    }

    @Test
    void oneYearsActualValueIsSetReplacedAndRemovedWithTheVersionRead() {
        Indicator i = create();
        Indicator added = (Indicator) call("PUT", "indicators/" + i.id() + "/actuals/2023", "{\"value\":11.4,\"version\":" + i.version() + "}")
                .body();
        assertEquals(List.of(new IndicatorValue(2021, 12.1), new IndicatorValue(2023, 11.4)), added.actuals());
        Indicator replaced = (Indicator) call("PUT", "indicators/" + i.id() + "/actuals/2021", "{\"value\":12.0,\"version\":" + added.version()
                + "}").body();
        assertEquals(List.of(new IndicatorValue(2021, 12.0), new IndicatorValue(2023, 11.4)), replaced.actuals());
        assertThrows(StaleVersionException.class,
                () -> call("PUT", "indicators/" + i.id() + "/actuals/2024", "{\"value\":11,\"version\":" + added.version() + "}"));
        assertThrows(InvalidInputException.class,
                () -> call("PUT", "indicators/" + i.id() + "/actuals/2024", "{\"version\":" + replaced.version() + "}"), "no value");

        Indicator removed = (Indicator) call("DELETE", "indicators/" + i.id() + "/actuals/2021?version=" + replaced.version(), null).body();
        assertEquals(List.of(new IndicatorValue(2023, 11.4)), removed.actuals());
        assertThrows(NotFoundException.class, () -> call("DELETE", "indicators/" + i.id() + "/actuals/2021?version=" + removed.version(), null));
        assertThrows(NotFoundException.class, () -> call("PUT", "indicators/999/actuals/2021", "{\"value\":1,\"version\":0}"));
    }

    @Test
    void anSsbFileImportsTheActualValuesByYearAndOnlyWritersMayPostIt() {
        Indicator i = create();
        String json = "{\"class\":\"dataset\",\"label\":\"12209: Del på institusjon\",\"id\":[\"Region\",\"Tid\"],\"size\":[2,2],"
                + "\"role\":{\"time\":[\"Tid\"]},\"dimension\":{\"Region\":{\"category\":{\"index\":[\"4601\",\"4631\"]}},"
                + "\"Tid\":{\"category\":{\"index\":[\"2021\",\"2022\"]}}},\"value\":[11.0,10.8,12.1,11.9]}";
        String path = "indicators/" + i.id() + "/actuals/import";
        assertEquals(Set.of(Role.PLANNER, Role.UNIT_LEADER), endpoint.routes().rolesFor("POST", List.of(path.split("/"))),
                "the platform checks these roles before the body is read");
        assertThrows(InvalidInputException.class, () -> call("POST", path + "?version=" + i.version(), json), "two regions, none chosen");
        ApiResponse done = call("POST", path + "?version=" + i.version() + "&Region=4631", json);
        assertEquals(200, done.status());
        IndicatorImport result = (IndicatorImport) done.body();
        assertEquals(List.of(2022), result.added());
        assertEquals(List.of(2021), result.unchanged());
        assertEquals(new IndicatorSource("12209", null, "4631", java.util.Map.of()), result.indicator().source());
        assertThrows(InvalidInputException.class, () -> call("POST", path, json), "no version");
    }
}
