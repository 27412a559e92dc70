package no.planverk.plans.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalLink;
import no.planverk.plans.api.GoalLinkProvider;
import no.planverk.plans.api.GoalRef;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.ThreadNode;
import no.planverk.plans.core.internal.persistence.Chunks;
import no.planverk.plans.core.internal.persistence.GoalEntity;
import no.planverk.plans.core.internal.persistence.PlanEntity;
import no.planverk.plans.core.internal.persistence.PlanGoalLinkEntity;
import no.planverk.plans.core.internal.persistence.PlanReads;
import no.planverk.platform.api.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The red thread between goals: up from a goal to the top of the plan chain, and down to every goal,
 * plan and linked item that serves it. Runs inside a caller's transaction.
 */
final class RedThread {

    private static final Logger LOG = LoggerFactory.getLogger(RedThread.class);
    /** A thread down larger than this is cut; a real goal table is far smaller. */
    static final int MAX_NODES = 20_000;

    private RedThread() {
    }

    static GoalRef ref(EntityManager em, Goal g) {
        PlanEntity p = em.find(PlanEntity.class, g.planId());
        Plan plan = p.toRecord(List.of());
        return new GoalRef(g.id(), g.code(), g.text(), g.level(), plan.id(), plan.code(), plan.title(), plan.type());
    }

    static List<Long> subtreeIds(EntityManager em, long goalId) {
        List<Long> all = new ArrayList<>(List.of(goalId));
        List<Long> level = List.of(goalId);
        while (!level.isEmpty() && all.size() < MAX_NODES) {
            List<Long> next = new ArrayList<>();
            for (List<Long> chunk : Chunks.of(level)) {
                next.addAll(em.createQuery("select g.id from GoalEntity g where g.parentId in :ids", Long.class)
                        .setParameter("ids", chunk).getResultList());
            }
            next.removeAll(all);
            all.addAll(next);
            level = next;
        }
        return all;
    }

    /** True when walking up from {@code start} reaches {@code target}. */
    static boolean servesChainReaches(EntityManager em, long start, long target) {
        return upIds(em, start).contains(target);
    }

    /** From the top down to the goal. Up is: the goal served, else the parent, else a goal the plan serves. */
    static List<GoalRef> up(EntityManager em, long goalId) {
        GoalEntity start = em.find(GoalEntity.class, goalId);
        if (start == null) {
            throw NotFoundException.of("Goal", goalId);
        }
        List<GoalRef> path = new ArrayList<>();
        for (Long id : upIds(em, goalId)) {
            path.add(ref(em, em.find(GoalEntity.class, id).toRecord()));
        }
        Collections.reverse(path);
        return path;
    }

    /**
     * The goal, its parents in its own plan, then on from there: the root's served goal, else the served goal
     * nearest the root, else the first goal the plan serves; until the top or a goal seen before.
     */
    private static List<Long> upIds(EntityManager em, long goalId) {
        List<Long> ids = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        GoalEntity g = em.find(GoalEntity.class, goalId);
        while (g != null && seen.add(g.id())) {
            List<Goal> chain = new ArrayList<>();
            for (GoalEntity c = g; c != null && (c == g || seen.add(c.id())); c = parent(em, c)) {
                chain.add(c.toRecord());
                ids.add(c.id());
            }
            g = next(em, chain);
        }
        return ids;
    }

    private static GoalEntity parent(EntityManager em, GoalEntity g) {
        Long parent = g.parentId();
        return parent == null ? null : em.find(GoalEntity.class, parent);
    }

    private static GoalEntity next(EntityManager em, List<Goal> chain) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (chain.get(i).servesGoalId() != null) {
                return em.find(GoalEntity.class, chain.get(i).servesGoalId());
            }
        }
        return em.createQuery("select l from PlanGoalLinkEntity l where l.planId = :p order by l.id", PlanGoalLinkEntity.class)
                .setParameter("p", chain.get(0).planId()).setMaxResults(1).getResultStream().findFirst()
                .map(l -> em.find(GoalEntity.class, l.goalId())).orElse(null);
    }

    static ThreadNode down(EntityManager em, long goalId, Collection<GoalLinkProvider> providers) {
        GoalEntity start = em.find(GoalEntity.class, goalId);
        if (start == null) {
            throw NotFoundException.of("Goal", goalId);
        }
        Walk walk = new Walk(em);
        walk.goals.put(goalId, start.toRecord());
        walk.expand(List.of(goalId));
        Map<Long, List<GoalLink>> links = new HashMap<>();
        for (GoalLinkProvider p : providers) {
            try {
                p.linksTo(walk.goals.keySet()).forEach(l -> links.computeIfAbsent(l.goalId(), k -> new ArrayList<>()).add(l));
            } catch (RuntimeException e) {
                LOG.warn("A goal link provider failed; the red thread is shown without its links", e);
            }
        }
        return walk.node(goalId, links, new HashSet<>());
    }

    /** Breadth-first load of everything below a goal, a level of ids per query. */
    private static final class Walk {
        final EntityManager em;
        final Map<Long, Goal> goals = new LinkedHashMap<>();
        final Map<Long, List<Long>> childGoals = new HashMap<>();
        final Map<Long, List<Long>> servingPlans = new HashMap<>();
        final Map<Long, Plan> plans = new HashMap<>();
        final Map<Long, List<Long>> planRoots = new HashMap<>();

        Walk(EntityManager em) {
            this.em = em;
        }

        void expand(List<Long> level) {
            while (!level.isEmpty() && goals.size() < MAX_NODES) {
                List<Long> next = new ArrayList<>();
                for (List<Long> chunk : Chunks.of(level)) {
                    for (GoalEntity g : em.createQuery("select g from GoalEntity g where g.parentId in :ids or g.servesGoalId in :ids"
                            + " order by g.position, g.id", GoalEntity.class).setParameter("ids", chunk).getResultList()) {
                        Goal goal = g.toRecord();
                        Long from = goal.parentId() != null && chunk.contains(goal.parentId()) ? goal.parentId() : goal.servesGoalId();
                        if (goals.putIfAbsent(goal.id(), goal) == null) {
                            childGoals.computeIfAbsent(from, k -> new ArrayList<>()).add(goal.id());
                            next.add(goal.id());
                        }
                    }
                    next.addAll(plansServing(chunk));
                }
                level = next;
            }
        }

        /** Plans serving these goals; returns the ids of their root goals to expand further. */
        private List<Long> plansServing(List<Long> goalIds) {
            List<Long> roots = new ArrayList<>();
            for (PlanGoalLinkEntity l : em.createQuery("select l from PlanGoalLinkEntity l where l.goalId in :ids order by l.id",
                    PlanGoalLinkEntity.class).setParameter("ids", goalIds).getResultList()) {
                servingPlans.computeIfAbsent(l.goalId(), k -> new ArrayList<>()).add(l.planId());
                if (!plans.containsKey(l.planId())) {
                    plans.put(l.planId(), PlanReads.record(em, em.find(PlanEntity.class, l.planId())));
                    List<Long> ids = new ArrayList<>();
                    for (Goal g : GoalTrees.goalsOf(em, l.planId())) {
                        if (g.parentId() == null && goals.putIfAbsent(g.id(), g) == null) {
                            ids.add(g.id());
                        }
                    }
                    planRoots.put(l.planId(), ids);
                    roots.addAll(ids);
                }
            }
            return roots;
        }

        ThreadNode node(long goalId, Map<Long, List<GoalLink>> links, Set<Long> done) {
            Goal g = goals.get(goalId);
            done.add(goalId);
            List<ThreadNode> children = new ArrayList<>();
            for (Long child : childGoals.getOrDefault(goalId, List.of())) {
                if (!done.contains(child)) {
                    children.add(node(child, links, done));
                }
            }
            for (Long planId : servingPlans.getOrDefault(goalId, List.of())) {
                Plan p = plans.get(planId);
                List<ThreadNode> planChildren = new ArrayList<>();
                for (Long root : planRoots.getOrDefault(planId, List.of())) {
                    if (!done.contains(root)) {
                        planChildren.add(node(root, links, done));
                    }
                }
                children.add(new ThreadNode(ThreadNode.Kind.PLAN, p.id(), p.code(), p.title(), null, p.id(), p.title(),
                        "plans/plan/" + p.id(), null, planChildren));
            }
            for (GoalLink l : links.getOrDefault(goalId, List.of())) {
                children.add(new ThreadNode(ThreadNode.Kind.LINK, l.id(), l.code(), l.text(), null, g.planId(), null, l.route(),
                        l.kind(), List.of()));
            }
            Plan own = plans.computeIfAbsent(g.planId(), id -> PlanReads.record(em, em.find(PlanEntity.class, id)));
            return new ThreadNode(ThreadNode.Kind.GOAL, g.id(), g.code(), g.text(), g.ownership(), g.planId(), own.title(),
                    "plans/thread?goal=" + g.id(), null, children);
        }
    }
}
