package no.planverk.portal.core.internal.content;

import java.util.List;

/** A published plan's page: the plan, its published document (null when none), goals, measures and consultations. */
public record PlanDetail(PublicPlan plan, PublicDocument document, List<PublicGoal> goals, List<PublicMeasure> measures,
        List<PublicConsultation> consultations) {

    public PlanDetail {
        goals = List.copyOf(goals);
        measures = List.copyOf(measures);
        consultations = List.copyOf(consultations);
    }
}
