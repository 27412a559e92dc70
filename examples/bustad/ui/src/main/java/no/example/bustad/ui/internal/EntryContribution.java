package no.example.bustad.ui.internal;

import com.vaadin.flow.component.Component;
import no.example.bustad.api.BustadService;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * One position's page at {@code /bustad/entry/<id>}: {@link EntryView} takes the id as a URL parameter, so this path is
 * the route's prefix. No menu entry: the waiting list links to it.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class EntryContribution implements ViewContribution {

    private final BustadService bustad;
    private final OrgUnitService units;

    @Activate
    public EntryContribution(@Reference BustadService bustad, @Reference OrgUnitService units) {
        this.bustad = bustad;
        this.units = units;
    }

    @Override
    public String path() {
        return BustadNav.ENTRY;
    }

    @Override
    public Class<EntryView> viewClass() {
        return EntryView.class;
    }

    @Override
    public Component create() {
        return new EntryView(bustad, units);
    }

    @Override
    public Role requiredRole() {
        return Role.READER;
    }
}
