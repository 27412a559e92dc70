package no.planverk.ui.api;

import com.vaadin.flow.component.Component;
import no.planverk.platform.api.Role;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A view a bundle adds to the shell, registered as an OSGi service. The shell registers the route
 * while the service is there and removes it when the service goes, and creates each view instance
 * through {@link #create()}, so views take their services by constructor.
 */
@ConsumerType
public interface ViewContribution {

    /** Route path without leading slash, e.g. {@code plans} or {@code plans/tree}; "" is the home page. */
    String path();

    Class<? extends Component> viewClass();

    /** A new instance of the view; runs in the UI thread with the user's locale set. */
    Component create();

    /** Who may open the view; users without it are sent home. */
    default Role requiredRole() {
        return Role.READER;
    }

    /** The side-menu entry, or {@code null} for a view reached only by links. */
    default MenuEntry menu() {
        return null;
    }
}
