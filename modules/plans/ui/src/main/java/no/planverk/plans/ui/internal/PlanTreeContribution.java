package no.planverk.plans.ui.internal;

import com.vaadin.flow.component.Component;
import no.planverk.plans.api.PlanService;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The plan tree at {@code plans/tree} (linked from the plan views, no menu entry). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class PlanTreeContribution implements ViewContribution {

    private final PlanService plans;

    @Activate
    public PlanTreeContribution(@Reference PlanService plans) {
        this.plans = plans;
    }

    @Override
    public String path() {
        return PlanNav.TREE;
    }

    @Override
    public Class<PlanTreeView> viewClass() {
        return PlanTreeView.class;
    }

    @Override
    public Component create() {
        return new PlanTreeView(plans);
    }
}
