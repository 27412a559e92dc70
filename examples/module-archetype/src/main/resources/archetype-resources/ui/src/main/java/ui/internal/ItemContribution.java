package ${package}.ui.internal;

import com.vaadin.flow.component.Component;
import ${package}.api.${moduleClass}Service;
import no.planverk.platform.api.Role;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * One item's page at {@code /${moduleId}/item/<id>}: {@link ItemView} takes the id as a URL parameter, so this path is
 * the route's prefix. No menu entry: the list links to it.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ItemContribution implements ViewContribution {

    static final String PATH = ItemsContribution.PATH + "/item";

    private final ${moduleClass}Service service;

    @Activate
    public ItemContribution(@Reference ${moduleClass}Service service) {
        this.service = service;
    }

    /** The address of one item's page, for links. */
    static String link(long id) {
        return PATH + "/" + id;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public Class<ItemView> viewClass() {
        return ItemView.class;
    }

    @Override
    public Component create() {
        return new ItemView(service);
    }

    @Override
    public Role requiredRole() {
        return Role.READER;
    }
}
