package no.planverk.plans.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalNode;
import no.planverk.plans.core.internal.persistence.GoalEntity;

/** Builds goal trees from flat rows. */
public final class GoalTrees {

    static final Comparator<Goal> ORDER = Comparator.comparingInt(Goal::position).thenComparing(Goal::id);

    private GoalTrees() {
    }

    public static List<Goal> goalsOf(EntityManager em, long planId) {
        return em.createQuery("select g from GoalEntity g where g.planId = :p", GoalEntity.class).setParameter("p", planId)
                .getResultList().stream().map(GoalEntity::toRecord).toList();
    }

    /** Roots are goals without a parent, or whose parent is not among {@code goals}. */
    public static List<GoalNode> build(List<Goal> goals) {
        Map<Long, List<Goal>> byParent = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        goals.forEach(g -> ids.add(g.id()));
        List<Goal> roots = new ArrayList<>();
        for (Goal g : goals) {
            if (g.parentId() == null || !ids.contains(g.parentId())) {
                roots.add(g);
            } else {
                byParent.computeIfAbsent(g.parentId(), k -> new ArrayList<>()).add(g);
            }
        }
        return nodes(roots, byParent);
    }

    private static List<GoalNode> nodes(List<Goal> level, Map<Long, List<Goal>> byParent) {
        return level.stream().sorted(ORDER)
                .map(g -> new GoalNode(g, nodes(byParent.getOrDefault(g.id(), List.of()), byParent))).toList();
    }
}
