package no.planverk.measures.core.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import no.planverk.measures.api.GoalInfo;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.platform.api.Fields;
import no.planverk.platform.api.Message;

/** Checks a draft's plan and goals against the plans module's directory, when it is installed. */
final class Links {

    private Links() {
    }

    static void check(MeasureDraft d, PlanDirectory dir) {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (d.planId() != null && dir.plan(d.planId()).isEmpty()) {
            errors.put("planId", Message.of("measures.plan.unknown", "No plan has the id {0}", String.valueOf(d.planId())));
        }
        if (d.carrierPlanId() != null && dir.plan(d.carrierPlanId()).isEmpty()) {
            errors.put("carrierPlanId", Message.of("measures.plan.unknown", "No plan has the id {0}", String.valueOf(d.carrierPlanId())));
        }
        if (!d.goalIds().isEmpty()) {
            Set<Long> found = new HashSet<>();
            dir.goals(d.goalIds()).stream().map(GoalInfo::id).forEach(found::add);
            Set<Long> unknown = new HashSet<>(d.goalIds());
            unknown.removeAll(found);
            if (!unknown.isEmpty()) {
                errors.put("goalIds", Message.of("measures.goals.unknown", "No goals have the ids {0}", unknown.stream().sorted().toList().toString()));
            }
        }
        Problems.throwIfAny(errors, "measures.measure.invalid", "The measure");
    }
}
