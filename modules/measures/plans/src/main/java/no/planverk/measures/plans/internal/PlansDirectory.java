package no.planverk.measures.plans.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import no.planverk.measures.api.GoalInfo;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.PlanInfo;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalNode;
import no.planverk.plans.api.GoalService;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The plans module's plans and goals, as measures see them. */
@Component(service = PlanDirectory.class)
public class PlansDirectory implements PlanDirectory {

    private final PlanService plans;
    private final GoalService goals;

    @Activate
    public PlansDirectory(@Reference PlanService plans, @Reference GoalService goals) {
        this.plans = plans;
        this.goals = goals;
    }

    @Override
    public List<PlanInfo> plans() {
        return plans.all().stream().map(PlansDirectory::info).toList();
    }

    @Override
    public Optional<PlanInfo> plan(long id) {
        return plans.find(id).map(PlansDirectory::info);
    }

    @Override
    public List<GoalInfo> goals(long planId) {
        List<GoalInfo> out = new ArrayList<>();
        for (GoalNode root : goals.tree(planId)) {
            root.flatten().forEach(g -> out.add(info(g)));
        }
        return out;
    }

    @Override
    public List<GoalInfo> goals(Collection<Long> ids) {
        return new LinkedHashSet<>(ids).stream().map(goals::find).flatMap(Optional::stream).map(PlansDirectory::info).toList();
    }

    private static PlanInfo info(Plan p) {
        return new PlanInfo(p.id(), p.code(), p.title(), p.periodFrom(), p.periodTo());
    }

    private static GoalInfo info(Goal g) {
        return new GoalInfo(g.id(), g.planId(), g.code(), g.text());
    }
}
