package no.planverk.plans.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.planverk.plans.api.PlanService;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The plan grid at {@code plans}: the module's menu entry; the other plan views are linked from it. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class PlansContribution implements ViewContribution {

    private final PlanService plans;
    private final OrgUnitService units;

    @Activate
    public PlansContribution(@Reference PlanService plans, @Reference OrgUnitService units) {
        this.plans = plans;
        this.units = units;
    }

    @Override
    public String path() {
        return PlanNav.GRID;
    }

    @Override
    public Class<PlansView> viewClass() {
        return PlansView.class;
    }

    @Override
    public Component create() {
        return new PlansView(plans, units);
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(PlansTexts.TEXTS, "plans.menu", VaadinIcon.FILE_TREE, 100);
    }
}
