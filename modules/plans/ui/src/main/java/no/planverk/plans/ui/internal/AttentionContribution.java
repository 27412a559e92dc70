package no.planverk.plans.ui.internal;

import com.vaadin.flow.component.Component;
import no.planverk.plans.api.PlanService;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The needs-attention list at {@code plans/attention} (linked from the plan views and the dashboard card). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class AttentionContribution implements ViewContribution {

    private final PlanService plans;
    private final OrgUnitService units;

    @Activate
    public AttentionContribution(@Reference PlanService plans, @Reference OrgUnitService units) {
        this.plans = plans;
        this.units = units;
    }

    @Override
    public String path() {
        return PlanNav.ATTENTION;
    }

    @Override
    public Class<AttentionView> viewClass() {
        return AttentionView.class;
    }

    @Override
    public Component create() {
        return new AttentionView(plans, units);
    }
}
