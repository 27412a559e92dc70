package no.planverk.measures.ui.internal;

import com.vaadin.flow.component.Component;
import no.planverk.measures.api.MeasureService;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** Missing reports with reminders at {@code measures/missing}, for planners (linked from the nav bar and the card). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class MissingContribution implements ViewContribution {

    private final MeasureService measures;
    private final OrgUnitService units;

    @Activate
    public MissingContribution(@Reference MeasureService measures, @Reference OrgUnitService units) {
        this.measures = measures;
        this.units = units;
    }

    @Override
    public String path() {
        return MeasureNav.MISSING;
    }

    @Override
    public Class<MissingView> viewClass() {
        return MissingView.class;
    }

    @Override
    public Component create() {
        return new MissingView(measures, units);
    }

    @Override
    public Role requiredRole() {
        return Role.PLANNER;
    }
}
