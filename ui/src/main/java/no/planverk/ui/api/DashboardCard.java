package no.planverk.ui.api;

import com.vaadin.flow.component.Component;
import no.planverk.platform.api.Role;
import org.osgi.annotation.versioning.ConsumerType;

/** A card a module adds to the home dashboard, registered as an OSGi service. */
@ConsumerType
public interface DashboardCard {

    /** A new card component; runs in the UI thread with the user's locale set. */
    Component create();

    default Role requiredRole() {
        return Role.READER;
    }

    /** Position on the dashboard, lower first. */
    default int order() {
        return 100;
    }
}
