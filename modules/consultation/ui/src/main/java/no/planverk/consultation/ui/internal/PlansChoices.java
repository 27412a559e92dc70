package no.planverk.consultation.ui.internal;

import java.util.Comparator;
import java.util.List;
import no.planverk.plans.api.PlanService;

/** {@link PlanChoices} from the plans module. */
public final class PlansChoices implements PlanChoices {

    private final PlanService plans;

    public PlansChoices(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public List<PlanOption> all() {
        return plans.all().stream().map(p -> new PlanOption(p.id(), p.code() + " " + p.title()))
                .sorted(Comparator.comparing(PlanOption::label)).toList();
    }
}
