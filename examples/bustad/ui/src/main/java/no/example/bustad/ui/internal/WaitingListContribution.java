package no.example.bustad.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.ZoneId;
import no.example.bustad.api.BustadService;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * The waiting list at {@code /bustad} with its menu entry. Planverk's shell adds the route and the entry when this
 * service appears (the bundle starts) and removes them when it goes; it creates the view through {@link #create()}.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class WaitingListContribution implements ViewContribution {

    private final BustadService bustad;
    private final OrgUnitService units;
    private final Clock clock;

    @Activate
    public WaitingListContribution(@Reference BustadService bustad, @Reference OrgUnitService units) {
        this(bustad, units, Clock.system(ZoneId.of("Europe/Oslo")));
    }

    /** For tests: a fixed clock for the form's default day. */
    public WaitingListContribution(BustadService bustad, OrgUnitService units, Clock clock) {
        this.bustad = bustad;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public String path() {
        return BustadNav.LIST;
    }

    @Override
    public Class<WaitingListView> viewClass() {
        return WaitingListView.class;
    }

    @Override
    public Component create() {
        return new WaitingListView(bustad, units, clock);
    }

    @Override
    public Role requiredRole() {
        return Role.READER;
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(BustadTexts.TEXTS, "menu.bustad", VaadinIcon.KEY, 600);
    }
}
