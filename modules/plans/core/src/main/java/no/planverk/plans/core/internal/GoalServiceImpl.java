package no.planverk.plans.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.persistence.EntityManager;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.GoalLinkProvider;
import no.planverk.plans.api.GoalNode;
import no.planverk.plans.api.GoalRef;
import no.planverk.plans.api.GoalService;
import no.planverk.plans.api.ThreadNode;
import no.planverk.plans.core.internal.persistence.Chunks;
import no.planverk.plans.core.internal.persistence.GoalEntity;
import no.planverk.plans.core.internal.persistence.IndicatorEntity;
import no.planverk.plans.core.internal.persistence.PlanEntity;
import no.planverk.plans.core.internal.persistence.PlanGoalLinkEntity;
import no.planverk.plans.core.internal.persistence.PlansStore;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

@Component(service = GoalService.class)
public class GoalServiceImpl implements GoalService {

    static final String TYPE = "Goal";

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final EditRights rights;
    private final List<GoalLinkProvider> providers = new CopyOnWriteArrayList<>();

    @Activate
    public GoalServiceImpl(@Reference PlansStore store, @Reference AuditLog audit, @Reference OrgUnitService units) {
        this(store.jpa(), audit, units);
    }

    GoalServiceImpl(JpaTemplate jpa, AuditLog audit, OrgUnitService units) {
        this.jpa = jpa;
        this.audit = audit;
        this.rights = new EditRights(units);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(GoalLinkProvider provider) {
        providers.add(provider);
    }

    void removeProvider(GoalLinkProvider provider) {
        providers.remove(provider);
    }

    @Override
    public List<GoalNode> tree(long planId) {
        return jpa.txExpr(TransactionType.Required, em -> GoalTrees.build(GoalTrees.goalsOf(em, planId)));
    }

    @Override
    public Optional<Goal> find(long id) {
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(GoalEntity.class, id)).map(GoalEntity::toRecord));
    }

    @Override
    public List<GoalRef> search(String text, int limit) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select g from GoalEntity g where g.searchText like :t order by g.planId, g.position, g.id", GoalEntity.class)
                .setParameter("t", "%" + t + "%").setMaxResults(Math.max(1, Math.min(limit, 200))).getResultList()
                .stream().map(g -> RedThread.ref(em, g.toRecord())).toList());
    }

    @Override
    public Goal create(GoalDraft draft, UserContext by) {
        GoalDraft d = draft.validated();
        return PlansStore.write(jpa, TYPE, d.code(), em -> {
            PlanEntity plan = plan(em, d.planId());
            rights.require(plan.ownerUnitId(), by, "plans.rights.goals", "the goals of plan {1}", plan.code());
            check(em, d, null);
            GoalEntity e = new GoalEntity(d);
            em.persist(e);
            em.flush();
            Goal created = e.toRecord();
            audit.record(by, "create", TYPE, created.id(), null, created);
            return created;
        });
    }

    @Override
    public Goal update(long id, long version, GoalDraft draft, UserContext by) {
        GoalDraft d = draft.validated();
        return PlansStore.write(jpa, TYPE, id, em -> {
            GoalEntity e = load(em, id, version);
            if (e.planId() != d.planId()) {
                throw InvalidInputException.field("planId", "A goal cannot move to another plan; create it there instead");
            }
            PlanEntity plan = plan(em, d.planId());
            rights.require(plan.ownerUnitId(), by, "plans.rights.goals", "the goals of plan {1}", plan.code());
            check(em, d, id);
            Goal before = e.toRecord();
            e.apply(d);
            em.flush();
            Goal after = e.toRecord();
            audit.record(by, "update", TYPE, id, before, after);
            return after;
        });
    }

    @Override
    public void delete(long id, long version, UserContext by) {
        PlansStore.write(jpa, TYPE, id, em -> {
            GoalEntity e = load(em, id, version);
            PlanEntity plan = plan(em, e.planId());
            rights.require(plan.ownerUnitId(), by, "plans.rights.goals", "the goals of plan {1}", plan.code());
            List<Long> subtree = RedThread.subtreeIds(em, id);
            long servedBy = 0;
            for (List<Long> chunk : Chunks.of(subtree)) {
                servedBy += em.createQuery("select count(g) from GoalEntity g where g.servesGoalId in :ids and g.planId <> :p", Long.class)
                        .setParameter("ids", chunk).setParameter("p", e.planId()).getSingleResult()
                        + em.createQuery("select count(l) from PlanGoalLinkEntity l where l.goalId in :ids", Long.class)
                        .setParameter("ids", chunk).getSingleResult();
            }
            if (servedBy > 0) {
                throw new InvalidInputException(servedBy + " goal(s) or plan(s) elsewhere serve this goal or a goal under it; unlink them first");
            }
            Goal before = e.toRecord();
            for (List<Long> chunk : Chunks.of(subtree)) {
                em.createQuery("delete from IndicatorEntity i where i.goalId in :ids").setParameter("ids", chunk).executeUpdate();
                em.createQuery("update GoalEntity g set g.servesGoalId = null where g.servesGoalId in :ids")
                        .setParameter("ids", chunk).executeUpdate();
                em.createQuery("delete from GoalEntity g where g.id in :ids").setParameter("ids", chunk).executeUpdate();
            }
            audit.record(by, "delete", TYPE, id, before, null);
        });
    }

    @Override
    public List<GoalRef> pathToTop(long goalId) {
        return jpa.txExpr(TransactionType.Required, em -> RedThread.up(em, goalId));
    }

    @Override
    public ThreadNode threadDown(long goalId) {
        return jpa.txExpr(TransactionType.Required, em -> RedThread.down(em, goalId, providers));
    }

    private static PlanEntity plan(EntityManager em, long planId) {
        PlanEntity p = em.find(PlanEntity.class, planId);
        if (p == null) {
            throw InvalidInputException.field("planId", Message.of("plans.plan.unknown", "The plan {0} does not exist",
                    String.valueOf(planId)));
        }
        return p;
    }

    private static GoalEntity load(EntityManager em, long id, long version) {
        return PlansStore.load(em, GoalEntity.class, id, version, "Goal", GoalEntity::version);
    }

    /** Parent in the same plan one level up, unique code in the plan, serves a goal of another plan. */
    static void check(EntityManager em, GoalDraft d, Long self) {
        if (d.parentId() == null) {
            if (d.level() != GoalLevel.MAIN) {
                throw InvalidInputException.field("parentId", Message.of("plans.goal.parent.required",
                        "A {0} needs a parent goal one level up", d.level().id()));
            }
        } else {
            GoalEntity parent = em.find(GoalEntity.class, d.parentId());
            if (parent == null || parent.planId() != d.planId()) {
                throw InvalidInputException.field("parentId", Message.of("plans.goal.parent.otherPlan",
                        "The parent goal must be a goal of the same plan"));
            }
            if (parent.level().childLevel().orElse(null) != d.level()) {
                throw InvalidInputException.field("level", parent.level().childLevel()
                        .map(c -> Message.of("plans.goal.level.wrong", "Under a {0} comes a {1}, not a {2}", parent.level().id(), c.id(),
                                d.level().id()))
                        .orElse(Message.of("plans.goal.level.none", "Under a {0} comes a nothing (outcome is the lowest level), not a {1}",
                                parent.level().id(), d.level().id())));
            }
            if (self != null && RedThread.subtreeIds(em, self).contains(d.parentId())) {
                throw InvalidInputException.field("parentId", Message.of("plans.goal.parent.cycle",
                        "A goal cannot be placed under itself or a goal below it"));
            }
        }
        if (d.code() != null) {
            boolean taken = em.createQuery("select g from GoalEntity g where g.planId = :p and g.code = :c", GoalEntity.class)
                    .setParameter("p", d.planId()).setParameter("c", d.code()).getResultStream()
                    .anyMatch(g -> !g.id().equals(self));
            if (taken) {
                throw InvalidInputException.field("code", Message.of("plans.goal.code.taken",
                        "The code ''{0}'' is already used in this plan", d.code()));
            }
        }
        if (d.servesGoalId() != null) {
            GoalEntity served = em.find(GoalEntity.class, d.servesGoalId());
            if (served == null) {
                throw InvalidInputException.field("servesGoalId", Message.of("plans.goal.unknown", "The goal {0} does not exist",
                        String.valueOf(d.servesGoalId())));
            }
            if (served.planId() == d.planId()) {
                throw InvalidInputException.field("servesGoalId", Message.of("plans.goal.servesOwn",
                        "A goal serves a goal of another (higher) plan, not of its own plan"));
            }
            if (self != null && RedThread.servesChainReaches(em, d.servesGoalId(), self)) {
                throw InvalidInputException.field("servesGoalId", Message.of("plans.goal.serves.cycle",
                        "That link would make the red thread go round in a circle"));
            }
        }
    }
}
