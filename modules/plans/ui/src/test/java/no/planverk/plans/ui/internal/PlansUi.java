package no.planverk.plans.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.core.internal.PlansFixture;
import no.planverk.plans.ui.internal.plan.PlanContribution;
import no.planverk.plans.ui.internal.transfer.TransferContribution;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.ViewContribution;
import no.planverk.ui.testing.ContributedViews;

/**
 * The plan views on the real plans services (in-memory Derby) in a mocked Vaadin UI, with the routes
 * registered as the shell does: the contributions create the views, so navigation works as in Karaf.
 */
public final class PlansUi implements AutoCloseable {

    public static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    public static final UserContext READER = UserContext.of("lesar", Role.READER);

    public final PlansFixture f = PlansFixture.inMemory();

    public PlansUi() {
        List<ViewContribution> contributions = List.of(new PlansContribution(f.plans(), f.units()),
                new PlanTreeContribution(f.plans()), new AttentionContribution(f.plans(), f.units()),
                new PlanContribution(f.plans(), f.units(), f.goals(), f.indicators(), f.programs()),
                new TransferContribution(f.moduleTransfer(), f.transfer()));
        ContributedViews.setUp(contributions, PLANNER);
    }

    public static void signIn(UserContext user) {
        ContributedViews.signIn(user);
    }

    /** Navigates like a click on a link and returns the view that is shown. */
    public static <T extends Component> T open(String path, Class<T> view) {
        return ContributedViews.open(path, view);
    }

    public Plan plan(String code, PlanType type, String title, Integer from, Integer to) {
        return f.plans().create(PlanDraft.of(code, type, title, from, to), PLANNER);
    }

    public long unit(String code) {
        return f.units().id(code);
    }

    /** The texts of the notifications shown so far. */
    public static List<String> notifications() {
        return ContributedViews.notifications();
    }

    @Override
    public void close() {
        ContributedViews.tearDown();
        f.close();
    }
}
