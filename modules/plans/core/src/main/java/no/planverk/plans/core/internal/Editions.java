package no.planverk.plans.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.persistence.EntityManager;
import no.planverk.plans.api.GoalNode;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanEdition;
import no.planverk.plans.core.internal.persistence.PlanEditionEntity;
import no.planverk.plans.core.internal.persistence.PlanEntity;
import no.planverk.plans.core.internal.persistence.PlanReads;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.PlanverkException;

/** Frozen versions of plans: written when a revision starts, read as {@link PlanEdition}s. */
final class Editions {

    record Snapshot(Plan plan, List<GoalNode> goals) {
    }

    private Editions() {
    }

    static void freeze(EntityManager em, PlanEntity e, LocalDate date, Clock clock) {
        Plan plan = PlanReads.record(em, e);
        List<GoalNode> goals = GoalTrees.build(GoalTrees.goalsOf(em, plan.id()));
        String label = plan.title() + (plan.period().isEmpty() ? "" : " " + plan.period())
                + (plan.decisionRef() == null ? "" : " (" + plan.decisionRef() + ")") + ", " + date;
        try {
            String json = JsonMapper.MAPPER.writeValueAsString(new Snapshot(plan, goals));
            em.persist(new PlanEditionEntity(plan.id(), label.length() > 300 ? label.substring(0, 300) : label,
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), json));
        } catch (JsonProcessingException ex) {
            throw new PlanverkException(Message.of("plans.edition.unstored", "Could not keep the current version of plan {0}", plan.code()), ex);
        }
    }

    static PlanEdition toRecord(PlanEditionEntity e) {
        try {
            Snapshot s = JsonMapper.MAPPER.readValue(e.snapshot(), Snapshot.class);
            return new PlanEdition(e.id(), e.planId(), e.label(), e.createdAt().toInstant(ZoneOffset.UTC), s.plan(), s.goals());
        } catch (JsonProcessingException ex) {
            throw new PlanverkException(Message.of("plans.edition.unreadable", "The kept version {0} of plan {1} is unreadable",
                    String.valueOf(e.id()), String.valueOf(e.planId())), ex);
        }
    }
}
