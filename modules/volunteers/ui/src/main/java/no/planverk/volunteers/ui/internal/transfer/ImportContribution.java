package no.planverk.volunteers.ui.internal.transfer;

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

/** CSV import at {@code volunteers/import}: coordinators, from the nav bar. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ImportContribution implements ViewContribution {

    private final Services services;

    @Activate
    public ImportContribution(@Reference OrganisationService organisations, @Reference VolunteerService volunteers,
            @Reference AssignmentService assignments, @Reference HoursService hours, @Reference(target = "(module=volunteers)") ModuleTransfer transfer,
            @Reference OrgUnitService units) {
        this(new Services(organisations, volunteers, assignments, hours, transfer, units, Clock.system(Formats.OSLO)));
    }

    /** For tests: the services with their clock. */
    public ImportContribution(Services services) {
        this.services = services;
    }

    @Override
    public String path() {
        return VolNav.IMPORT;
    }

    @Override
    public Class<ImportView> viewClass() {
        return ImportView.class;
    }

    @Override
    public Component create() {
        return new ImportView(services);
    }

    @Override
    public Role requiredRole() {
        return Role.COORDINATOR;
    }
}
