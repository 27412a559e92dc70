package no.planverk.forecasting.plans.internal;

import java.util.List;
import java.util.Optional;
import no.planverk.forecasting.api.LinkTarget;
import no.planverk.forecasting.api.RunLink;
import no.planverk.plans.api.GoalRef;
import no.planverk.plans.api.GoalService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Goals as link targets of saved runs: "3.3.1 Fleire skal bu heime", linking to the goal's plan. */
@Component(service = LinkTarget.class)
public class GoalTarget implements LinkTarget {

    static final String KIND = "goal";
    private final GoalService goals;

    @Activate
    public GoalTarget(@Reference GoalService goals) {
        this.goals = goals;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<RunLink> describe(long id) {
        return goals.find(id).map(g -> new RunLink(KIND, id, (g.code() == null ? "" : g.code() + " ") + g.text(), "plans/plan/" + g.planId()));
    }

    /** Goals by code or text, labelled "plan: code text" so goals of different plans with the same code differ. */
    @Override
    public List<RunLink> search(String text, int limit) {
        return goals.search(text, limit).stream().map(GoalTarget::choice).toList();
    }

    static RunLink choice(GoalRef g) {
        String plan = g.planTitle() == null || g.planTitle().isBlank() ? g.planCode() : g.planTitle();
        String goal = (g.code() == null || g.code().isBlank() ? "" : g.code() + " ") + g.text();
        return new RunLink(KIND, g.goalId(), (plan == null || plan.isBlank() ? "" : plan + ": ") + goal, "plans/plan/" + g.planId());
    }
}
