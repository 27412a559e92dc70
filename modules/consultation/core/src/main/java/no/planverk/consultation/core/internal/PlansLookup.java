package no.planverk.consultation.core.internal;

import java.time.LocalDate;
import java.util.Optional;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.PlanStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link PlanLookup} on the plans module's {@link PlanService}. */
@Component(service = PlanLookup.class)
public class PlansLookup implements PlanLookup {

    private final PlanService plans;

    @Activate
    public PlansLookup(@Reference PlanService plans) {
        this.plans = plans;
    }

    @Override
    public Optional<String> title(long planId) {
        return plans.find(planId).map(p -> p.code() + " " + p.title());
    }

    @Override
    public Optional<LocalDate> adoptedOn(long planId) {
        return plans.find(planId).filter(PlansLookup::adopted).map(p -> p.decisionDate() != null ? p.decisionDate() : p.statusDate());
    }

    static boolean adopted(Plan p) {
        return p.status().isInForce() || p.status() == PlanStatus.EXPIRED || p.status() == PlanStatus.REPLACED;
    }
}
