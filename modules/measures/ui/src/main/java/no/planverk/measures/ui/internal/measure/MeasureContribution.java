package no.planverk.measures.ui.internal.measure;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import no.planverk.measures.api.MeasureFacts;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.ui.internal.MeasureNav;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The measure page at {@code measures/measure/<id>}, reached from the grid and the unit views (no menu entry). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class MeasureContribution implements ViewContribution {

    private final MeasureService measures;
    private final OrgUnitService units;
    private volatile PlanDirectory directory;
    private final List<MeasureFacts> facts = new CopyOnWriteArrayList<>();

    @Activate
    public MeasureContribution(@Reference MeasureService measures, @Reference OrgUnitService units) {
        this.measures = measures;
        this.units = units;
    }

    /** The plans module's plans and goals for the pickers; without it plan and goal are free text. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void setDirectory(PlanDirectory d) {
        directory = d;
    }

    public void unsetDirectory(PlanDirectory d) {
        if (directory == d) {
            directory = null;
        }
    }

    /** Facts from other modules (volunteer hours, ...) for the measure page; any number, none needed. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void addFacts(MeasureFacts f) {
        facts.add(f);
    }

    public void removeFacts(MeasureFacts f) {
        facts.remove(f);
    }

    @Override
    public String path() {
        return MeasureNav.MEASURE;
    }

    @Override
    public Class<MeasureView> viewClass() {
        return MeasureView.class;
    }

    @Override
    public Component create() {
        return new MeasureView(measures, units, directory, () -> List.copyOf(facts));
    }
}
