package no.planverk.plans.ui.internal.plan;

import com.vaadin.flow.component.Component;
import no.planverk.plans.api.GoalService;
import no.planverk.plans.api.IndicatorService;
import no.planverk.plans.api.PlanProgramService;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.ui.internal.PlanNav;
import no.planverk.platform.api.ModuleRegistry;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The plan page at {@code plans/plan/<id>}, reached from the grid, tree and attention list (no menu entry). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class PlanContribution implements ViewContribution {

    private final PlanService plans;
    private final OrgUnitService units;
    private final GoalService goals;
    private final IndicatorService indicators;
    private final PlanProgramService programs;
    private volatile ModuleRegistry modules;

    @Activate
    public PlanContribution(@Reference PlanService plans, @Reference OrgUnitService units, @Reference GoalService goals,
            @Reference IndicatorService indicators, @Reference PlanProgramService programs) {
        this.plans = plans;
        this.units = units;
        this.goals = goals;
        this.indicators = indicators;
        this.programs = programs;
    }

    /** The installed modules: while the public portal is one of them, a plan in force links to its public page. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    public void setModules(ModuleRegistry m) {
        modules = m;
    }

    void unsetModules(ModuleRegistry m) {
        if (modules == m) {
            modules = null;
        }
    }

    /** True while the portal module ({@code portal}) is installed. */
    boolean portalInstalled() {
        ModuleRegistry m = modules;
        return m != null && m.find(PORTAL).isPresent();
    }

    /** The portal module's id (its ModuleDescriptor). */
    static final String PORTAL = "portal";

    @Override
    public String path() {
        return PlanNav.PLAN;
    }

    @Override
    public Class<PlanView> viewClass() {
        return PlanView.class;
    }

    @Override
    public Component create() {
        return new PlanView(plans, units, goals, indicators, programs, this::portalInstalled);
    }
}
