package no.planverk.measures.plans.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    @Override
    public List<GoalInfo> goalChain(long goalId) {
        Deque<GoalInfo> chain = new ArrayDeque<>();
        Set<Long> seen = new HashSet<>();
        Optional<Goal> g = goals.find(goalId);
        while (g.isPresent() && seen.add(g.get().id())) {
            chain.addFirst(info(g.get()));
            Long parent = g.get().parentId();
            g = parent == null ? Optional.empty() : goals.find(parent);
        }
        return List.copyOf(chain);
    }

    @Override
    public Map<Long, Long> planOwners() {
        Map<Long, Long> owners = new HashMap<>();
        plans.all().stream().filter(p -> p.ownerUnitId() != null).forEach(p -> owners.put(p.id(), p.ownerUnitId()));
        return owners;
    }

    private static PlanInfo info(Plan p) {
        return new PlanInfo(p.id(), p.code(), p.title(), p.periodFrom(), p.periodTo());
    }

    private static GoalInfo info(Goal g) {
        return new GoalInfo(g.id(), g.planId(), g.code(), g.text());
    }
}
