package no.planverk.measures.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.planverk.measures.api.GoalInfo;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.PlanInfo;

/**
 * The plans module's directory as one import sees it: each plan list, plan and goal asked for once, not once per
 * row (each call is a query in the plans module, and a file of 50 000 measures asks for the same 100 plans).
 */
final class ImportDirectory implements PlanDirectory {

    private final PlanDirectory dir;
    private List<PlanInfo> plans;
    private final Map<String, Optional<PlanInfo>> named = new HashMap<>();
    private final Map<Long, Optional<PlanInfo>> plan = new HashMap<>();
    private final Map<Long, List<GoalInfo>> ofPlan = new HashMap<>();
    private final Map<Long, Optional<GoalInfo>> goal = new HashMap<>();

    ImportDirectory(PlanDirectory dir) {
        this.dir = dir;
    }

    @Override
    public List<PlanInfo> plans() {
        if (plans == null) {
            plans = dir.plans();
        }
        return plans;
    }

    /** {@link PlanInfo#find} over {@link #plans()}, once per name. */
    Optional<PlanInfo> find(String name) {
        return named.computeIfAbsent(name, n -> PlanInfo.find(plans(), n));
    }

    @Override
    public Optional<PlanInfo> plan(long id) {
        return plan.computeIfAbsent(id, dir::plan);
    }

    @Override
    public List<GoalInfo> goals(long planId) {
        return ofPlan.computeIfAbsent(planId, dir::goals);
    }

    @Override
    public List<GoalInfo> goals(Collection<Long> ids) {
        LinkedHashSet<Long> wanted = new LinkedHashSet<>(ids);
        List<Long> missing = wanted.stream().filter(id -> !goal.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            missing.forEach(id -> goal.put(id, Optional.empty()));
            dir.goals(missing).forEach(g -> goal.put(g.id(), Optional.of(g)));
        }
        List<GoalInfo> out = new ArrayList<>();
        wanted.forEach(id -> goal.get(id).ifPresent(out::add));
        return out;
    }

    @Override
    public List<GoalInfo> goalChain(long goalId) {
        return dir.goalChain(goalId);
    }

    @Override
    public Map<Long, Long> planOwners() {
        return dir.planOwners();
    }
}
