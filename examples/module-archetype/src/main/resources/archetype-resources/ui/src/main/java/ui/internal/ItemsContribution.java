package ${package}.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import ${package}.api.${moduleClass}Service;
import no.planverk.platform.api.Role;
import no.planverk.ui.api.MenuEntry;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * The view at {@code /${moduleId}} with its menu entry. Planverk's shell adds the route and the entry when this service
 * appears (the bundle starts) and removes them when it goes; it creates each view through {@link #create()}.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ItemsContribution implements ViewContribution {

    static final String PATH = "${moduleId}";

    private final ${moduleClass}Service service;

    @Activate
    public ItemsContribution(@Reference ${moduleClass}Service service) {
        this.service = service;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public Class<ItemsView> viewClass() {
        return ItemsView.class;
    }

    @Override
    public Component create() {
        return new ItemsView(service);
    }

    @Override
    public Role requiredRole() {
        return Role.READER;
    }

    @Override
    public MenuEntry menu() {
        return MenuEntry.of(${moduleClass}Texts.TEXTS, "menu", VaadinIcon.PUZZLE_PIECE, 700);
    }
}
