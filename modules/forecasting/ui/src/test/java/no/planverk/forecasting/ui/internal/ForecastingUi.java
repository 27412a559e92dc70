package no.planverk.forecasting.ui.internal;

import com.vaadin.flow.component.Component;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.planverk.forecasting.api.InputInfo;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.core.internal.ForecastingFixture;
import no.planverk.forecasting.core.internal.InputTransferImpl;
import no.planverk.forecasting.ui.internal.inputs.InputsContribution;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.ViewContribution;
import no.planverk.ui.testing.ContributedViews;

/**
 * The forecasting views on the real forecasting services (in-memory Derby) in a mocked Vaadin UI, with the
 * routes registered as the shell does: the contributions create the views.
 */
public final class ForecastingUi implements AutoCloseable {

    public static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    public static final UserContext READER = UserContext.of("lesar", Role.READER);

    /** The README's worked example: ages 0..4, 2020 and 2021. */
    public static final String POPULATION = """
            year,age,population
            2020,0,100
            2020,1,100
            2020,2,100
            2020,3,50
            2020,4,20
            2021,0,90
            2021,1,100
            2021,2,100
            2021,3,80
            2021,4,40
            """;
    /** Users in 2020 by band, semicolon-separated as Excel writes: home 17, care 15. */
    public static final String SERVICE_USERS = """
            service;age_from;age_to;users
            heimetenester;0;2;3
            heimetenester;3;4;14
            heildøgns omsorg;0;2;0
            heildøgns omsorg;3;3;5
            heildøgns omsorg;4;4;10
            """;

    public final ForecastingFixture f = ForecastingFixture.inMemory();

    public ForecastingUi() {
        List<ViewContribution> contributions = List.of(new RunContribution(f.service(), f.csv()),
                new InputsContribution(f.service(), f.csv(), new InputTransferImpl(f.service(), f.csv()), f.ssb(false, "https://data.ssb.no/api/pxwebapi/v2/tables")), new RunsContribution(f.service()),
                new SavedRunContribution(f.service(), f.csv(), f.staircase()),
                new no.planverk.forecasting.ui.internal.staircase.StaircaseContribution(f.staircase()));
        ContributedViews.setUp(contributions, PLANNER);
    }

    public static void signIn(UserContext user) {
        ContributedViews.signIn(user);
    }

    public static <T extends Component> T open(String path, Class<T> view) {
        return ContributedViews.open(path, view);
    }

    public static List<String> notifications() {
        return ContributedViews.notifications();
    }

    /** Stores an input through the service, as a planner. */
    public InputInfo store(InputKind kind, String name, String csv) {
        return f.service().createInput(kind, name, "", csv.getBytes(StandardCharsets.UTF_8), PLANNER);
    }

    /** The worked example's population and service users. */
    public void example() {
        store(InputKind.POPULATION, "Døme", POPULATION);
        store(InputKind.SERVICE_USERS, "Brukarar 2020", SERVICE_USERS);
    }

    @Override
    public void close() {
        ContributedViews.tearDown();
        f.close();
    }
}
