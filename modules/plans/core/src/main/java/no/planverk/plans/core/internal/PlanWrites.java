package no.planverk.plans.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.StatusChange;
import no.planverk.plans.core.internal.persistence.GoalEntity;
import no.planverk.plans.core.internal.persistence.IndicatorEntity;
import no.planverk.plans.core.internal.persistence.PlanEditionEntity;
import no.planverk.plans.core.internal.persistence.PlanEntity;
import no.planverk.plans.core.internal.persistence.PlanGoalLinkEntity;
import no.planverk.plans.core.internal.persistence.PlanProgramEntity;
import no.planverk.plans.core.internal.persistence.PlanReads;
import no.planverk.plans.core.internal.persistence.PlansStore;
import no.planverk.plans.core.internal.persistence.StatusEventEntity;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;

/** The rules of writing plans, run inside a caller's transaction. */
public final class PlanWrites {

    private final OrgUnitService units;

    public PlanWrites(OrgUnitService units) {
        this.units = units;
    }

    static PlanEntity load(EntityManager em, long id, long version) {
        return PlansStore.load(em, PlanEntity.class, id, version, "Plan", PlanEntity::version);
    }

    static Optional<PlanEntity> byCode(EntityManager em, String code) {
        return em.createQuery("select p from PlanEntity p where p.code = :c", PlanEntity.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    Plan insert(EntityManager em, PlanDraft d, PlanStatus status, LocalDate statusDate) {
        check(em, d, null);
        PlanEntity e = new PlanEntity(d, status, statusDate);
        em.persist(e);
        em.flush();
        setServes(em, e.id(), d.servesGoalIds());
        return PlanReads.record(em, e);
    }

    void update(EntityManager em, PlanEntity e, PlanDraft d) {
        check(em, d, e.id());
        e.apply(d);
        setServes(em, e.id(), d.servesGoalIds());
        em.flush();
    }

    private void check(EntityManager em, PlanDraft d, Long self) {
        byCode(em, d.code()).filter(p -> !p.id().equals(self)).ifPresent(p -> {
            throw InvalidInputException.field("code", Message.of("plans.plan.code.taken",
                    "The code ''{0}'' is already used by another plan", d.code()));
        });
        if (d.ownerUnitId() != null && units.find(d.ownerUnitId()).isEmpty()) {
            throw InvalidInputException.field("ownerUnitId", Message.of("plans.plan.unit.unknown",
                    "The organisation unit {0} does not exist", String.valueOf(d.ownerUnitId())));
        }
        checkParent(em, d.parentId(), self);
        if (d.successorId() != null) {
            if (d.successorId().equals(self)) {
                throw InvalidInputException.field("successorId", Message.of("plans.plan.successor.self", "A plan cannot replace itself"));
            }
            if (em.find(PlanEntity.class, d.successorId()) == null) {
                throw InvalidInputException.field("successorId", Message.of("plans.plan.successor.unknown",
                        "The successor plan {0} does not exist", String.valueOf(d.successorId())));
            }
        }
        for (Long goalId : d.servesGoalIds()) {
            GoalEntity g = goalId == null ? null : em.find(GoalEntity.class, goalId);
            if (g == null) {
                throw InvalidInputException.field("servesGoalIds", Message.of("plans.goal.unknown", "The goal {0} does not exist",
                        String.valueOf(goalId)));
            }
            if (self != null && g.planId() == self) {
                throw InvalidInputException.field("servesGoalIds", Message.of("plans.plan.servesOwn",
                        "A plan serves goals of other plans, not its own"));
            }
        }
    }

    private static void checkParent(EntityManager em, Long parentId, Long self) {
        Set<Long> seen = new HashSet<>();
        for (Long p = parentId; p != null; ) {
            if (p.equals(self) || !seen.add(p)) {
                throw InvalidInputException.field("parentId", Message.of("plans.plan.parent.cycle",
                        "A plan cannot be placed under itself or a plan below it"));
            }
            PlanEntity parent = em.find(PlanEntity.class, p);
            if (parent == null) {
                throw InvalidInputException.field("parentId", Message.of("plans.plan.parent.unknown",
                        "The parent plan {0} does not exist", String.valueOf(p)));
            }
            p = parent.toRecord(List.of()).parentId();
        }
    }

    private static void setServes(EntityManager em, long planId, List<Long> goalIds) {
        em.createQuery("delete from PlanGoalLinkEntity l where l.planId = :p").setParameter("p", planId).executeUpdate();
        for (Long g : goalIds) {
            em.persist(new PlanGoalLinkEntity(planId, g));
        }
    }

    /** Checks and applies a status change; entering a revision freezes the current version first. */
    void transition(EntityManager em, PlanEntity e, StatusChange change, LocalDate date, Clock clock) {
        PlanStatus from = e.status();
        PlanStatus to = change.to();
        if (!from.canGoTo(to)) {
            throw InvalidInputException.field("to", from.next().isEmpty()
                    ? Message.of("plans.status.final", "A plan in status ''{0}'' cannot go to ''{1}''. Allowed next: none: the plan is replaced and final",
                            from.id(), to.id())
                    : Message.of("plans.status.notAllowed", "A plan in status ''{0}'' cannot go to ''{1}''. Allowed next: {2}", from.id(),
                            to.id(), from.next().stream().map(PlanStatus::id).collect(Collectors.joining(", "))));
        }
        if (to == PlanStatus.REPLACED && change.successorId() == null && e.toRecord(List.of()).successorId() == null) {
            throw InvalidInputException.field("successorId", Message.of("plans.status.successor.required",
                    "Name the plan that replaces this one"));
        }
        if (change.successorId() != null) {
            if (change.successorId().equals(e.id()) || em.find(PlanEntity.class, change.successorId()) == null) {
                throw InvalidInputException.field("successorId", Message.of("plans.status.successor.invalid",
                        "The successor must be another existing plan"));
            }
            e.setSuccessorId(change.successorId());
        }
        if (to == PlanStatus.REVISION) {
            Editions.freeze(em, e, date, clock);
            e.setPlannedAdoption(change.plannedAdoption());
        } else if (change.plannedAdoption() != null) {
            e.setPlannedAdoption(change.plannedAdoption());
        }
        e.setStatus(to, date);
    }

    public void event(EntityManager em, long planId, PlanStatus status, LocalDate date, String note, UserContext by, Clock clock) {
        em.persist(new StatusEventEntity(planId, status, date, note, by.username(), clock.instant()));
    }

    void delete(EntityManager em, PlanEntity e) {
        long id = e.id();
        long children = count(em, "select count(p) from PlanEntity p where p.parentId = :id", id);
        if (children > 0) {
            throw new InvalidInputException(Message.of("plans.plan.delete.children",
                    "The plan has {0} plans under it; move or delete them first", String.valueOf(children)));
        }
        long successors = count(em, "select count(p) from PlanEntity p where p.successorId = :id", id);
        if (successors > 0) {
            throw new InvalidInputException(Message.of("plans.plan.delete.successors",
                    "The plan replaces {0} other plan(s); clear their successor first", String.valueOf(successors)));
        }
        long servedBy = count(em, "select count(g) from GoalEntity g, GoalEntity t where g.servesGoalId = t.id"
                + " and t.planId = :id and g.planId <> :id", id)
                + count(em, "select count(l) from PlanGoalLinkEntity l, GoalEntity t where l.goalId = t.id and t.planId = :id", id);
        if (servedBy > 0) {
            throw new InvalidInputException(Message.of("plans.plan.delete.served",
                    "Goals or plans elsewhere serve {0} goal link(s) of this plan; unlink them first", String.valueOf(servedBy)));
        }
        em.createQuery("delete from IndicatorEntity i where i.goalId in (select g.id from GoalEntity g where g.planId = :id)")
                .setParameter("id", id).executeUpdate();
        for (String entity : List.of("GoalEntity g where g.planId", "PlanGoalLinkEntity g where g.planId",
                "StatusEventEntity g where g.planId", "PlanEditionEntity g where g.planId", "PlanProgramEntity g where g.planId")) {
            em.createQuery("delete from " + entity + " = :id").setParameter("id", id).executeUpdate();
        }
        no.planverk.plans.core.internal.document.DocumentCleanup.deleteForPlan(em, id);
        em.remove(e);
    }

    private static long count(EntityManager em, String jpql, long id) {
        return em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
    }
}
