package no.planverk.volunteers.ui.internal.calendar;

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

/** The month calendar of assignments at {@code volunteers/calendar}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class CalendarContribution implements ViewContribution {

    private final Services services;

    @Activate
    public CalendarContribution(@Reference OrganisationService organisations, @Reference VolunteerService volunteers,
            @Reference AssignmentService assignments, @Reference HoursService hours, @Reference(target = "(module=volunteers)") ModuleTransfer transfer,
            @Reference OrgUnitService units) {
        this(new Services(organisations, volunteers, assignments, hours, transfer, units, Clock.system(Formats.OSLO)));
    }

    /** For tests: the services with their clock. */
    public CalendarContribution(Services services) {
        this.services = services;
    }

    @Override
    public String path() {
        return VolNav.CALENDAR;
    }

    @Override
    public Class<CalendarView> viewClass() {
        return CalendarView.class;
    }

    @Override
    public Component create() {
        return new CalendarView(services);
    }

    @Override
    public Role requiredRole() {
        return Role.READER;
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(VolTexts.TEXTS, "menu.calendar", VaadinIcon.CALENDAR, 402);
    }
}
