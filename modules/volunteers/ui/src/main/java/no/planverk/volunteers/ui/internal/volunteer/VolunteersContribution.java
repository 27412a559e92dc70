package no.planverk.volunteers.ui.internal.volunteer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import no.planverk.volunteers.api.AssignmentService;
import no.planverk.volunteers.api.HoursService;
import no.planverk.volunteers.api.OrganisationService;
import no.planverk.volunteers.api.VolunteerService;
import no.planverk.platform.api.transfer.ModuleTransfer;
import no.planverk.volunteers.ui.internal.Services;
import no.planverk.volunteers.ui.internal.VolNav;
import no.planverk.volunteers.ui.internal.VolTexts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The volunteer list at {@code volunteers}: coordinators (and admins) only, so the menu entry is hidden from everyone else. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class VolunteersContribution implements ViewContribution {

    private final Services services;

    @Activate
    public VolunteersContribution(@Reference OrganisationService organisations, @Reference VolunteerService volunteers,
            @Reference AssignmentService assignments, @Reference HoursService hours, @Reference(target = "(module=volunteers)") ModuleTransfer transfer,
            @Reference OrgUnitService units) {
        this(new Services(organisations, volunteers, assignments, hours, transfer, units, Clock.system(Formats.OSLO)));
    }

    /** For tests: the services with their clock. */
    public VolunteersContribution(Services services) {
        this.services = services;
    }

    @Override
    public String path() {
        return VolNav.VOLUNTEERS;
    }

    @Override
    public Class<VolunteersView> viewClass() {
        return VolunteersView.class;
    }

    @Override
    public Component create() {
        return new VolunteersView(services);
    }

    @Override
    public Role requiredRole() {
        return Role.COORDINATOR;
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(VolTexts.TEXTS, "menu.volunteers", VaadinIcon.USERS, 400);
    }
}
