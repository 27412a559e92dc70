package no.planverk.volunteers.ui.internal.assignment;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.ViewContribution;
import no.planverk.volunteers.api.AssignmentService;
import no.planverk.volunteers.api.HoursService;
import no.planverk.platform.api.link.MeasureDirectory;
import no.planverk.volunteers.api.OrganisationService;
import no.planverk.volunteers.api.VolunteerService;
import no.planverk.platform.api.transfer.ModuleTransfer;
import no.planverk.volunteers.ui.internal.Services;
import no.planverk.volunteers.ui.internal.VolNav;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** One assignment at {@code volunteers/assignment/<id>}, reached by links. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class AssignmentContribution implements ViewContribution {

    private final Services services;
    private volatile MeasureDirectory directory;

    @Activate
    public AssignmentContribution(@Reference OrganisationService organisations, @Reference VolunteerService volunteers,
            @Reference AssignmentService assignments, @Reference HoursService hours, @Reference(target = "(module=volunteers)") ModuleTransfer transfer,
            @Reference OrgUnitService units) {
        this(new Services(organisations, volunteers, assignments, hours, transfer, units, Clock.system(Formats.OSLO)));
    }

    /** For tests: the services with their clock. */
    public AssignmentContribution(Services services) {
        this.services = services.withMeasures(() -> directory);
    }

    /** With the measures module: assignments serve measures. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void setDirectory(MeasureDirectory d) {
        directory = d;
    }

    public void unsetDirectory(MeasureDirectory d) {
        if (directory == d) {
            directory = null;
        }
    }

    @Override
    public String path() {
        return VolNav.ASSIGNMENT;
    }

    @Override
    public Class<AssignmentView> viewClass() {
        return AssignmentView.class;
    }

    @Override
    public Component create() {
        return new AssignmentView(services);
    }

    @Override
    public Role requiredRole() {
        return Role.READER;
    }
}
