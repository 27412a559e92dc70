package no.planverk.volunteers.ui.internal.volunteer;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.ViewContribution;
import no.planverk.volunteers.api.AssignmentService;
import no.planverk.volunteers.api.HoursService;
import no.planverk.volunteers.api.OrganisationService;
import no.planverk.volunteers.api.VolunteerService;
import no.planverk.platform.api.transfer.ModuleTransfer;
import no.planverk.volunteers.ui.internal.Services;
import no.planverk.volunteers.ui.internal.VolNav;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** A volunteer's page at {@code volunteers/volunteer/<id>}, reached by links. Every role may open the route: a unit's contact reads the unit's volunteers there; the service refuses everyone else and the view says so. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class VolunteerContribution implements ViewContribution {

    private final Services services;

    @Activate
    public VolunteerContribution(@Reference OrganisationService organisations, @Reference VolunteerService volunteers,
            @Reference AssignmentService assignments, @Reference HoursService hours, @Reference(target = "(module=volunteers)") ModuleTransfer transfer,
            @Reference OrgUnitService units) {
        this(new Services(organisations, volunteers, assignments, hours, transfer, units, Clock.system(Formats.OSLO)));
    }

    /** For tests: the services with their clock. */
    public VolunteerContribution(Services services) {
        this.services = services;
    }

    @Override
    public String path() {
        return VolNav.VOLUNTEER;
    }

    @Override
    public Class<VolunteerView> viewClass() {
        return VolunteerView.class;
    }

    @Override
    public Component create() {
        return new VolunteerView(services);
    }

    @Override
    public Role requiredRole() {
        return Role.READER;
    }
}
