package no.planverk.measures.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The measure grid at {@code measures}: the module's menu entry. Plans and goals come from the plans
 * module when it is installed ({@link PlanDirectory}, optional and dynamic); each new view takes the one
 * there is at that moment.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class MeasuresContribution implements ViewContribution {

    private final MeasureService measures;
    private final OrgUnitService units;
    private volatile PlanDirectory directory;

    @Activate
    public MeasuresContribution(@Reference MeasureService measures, @Reference OrgUnitService units) {
        this.measures = measures;
        this.units = units;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void setDirectory(PlanDirectory d) {
        directory = d;
    }

    public void unsetDirectory(PlanDirectory d) {
        if (directory == d) {
            directory = null;
        }
    }

    @Override
    public String path() {
        return MeasureNav.GRID;
    }

    @Override
    public Class<MeasuresView> viewClass() {
        return MeasuresView.class;
    }

    @Override
    public Component create() {
        return new MeasuresView(measures, units, directory);
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(MeasuresTexts.TEXTS, "measures.menu", VaadinIcon.TASKS, 200);
    }
}
