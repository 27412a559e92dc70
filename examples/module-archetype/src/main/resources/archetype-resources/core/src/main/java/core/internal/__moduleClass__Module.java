package ${package}.core.internal;

import no.planverk.platform.api.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Puts ${moduleName} on GET /api/v1/modules and the about page while this bundle runs. */
@Component(service = ModuleDescriptor.class)
public class ${moduleClass}Module implements ModuleDescriptor {

    private final String version;

    @Activate
    public ${moduleClass}Module(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "${moduleId}";
    }

    @Override
    public String name() {
        return "${moduleName}";
    }

    @Override
    public String version() {
        return version;
    }

    /** The name of a Vaadin icon (com.vaadin.flow.component.icon.VaadinIcon), as on the menu entry. */
    @Override
    public String icon() {
        return "PUZZLE_PIECE";
    }

    @Override
    public String description() {
        return "${moduleName} (${groupId})";
    }
}
