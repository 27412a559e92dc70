package no.example.bustad.core.internal;

import no.planverk.platform.api.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Puts Bustad on GET /api/v1/modules and the about page while this bundle runs. */
@Component(service = ModuleDescriptor.class)
public class BustadModule implements ModuleDescriptor {

    private final String version;

    @Activate
    public BustadModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "bustad";
    }

    @Override
    public String name() {
        return "Bustadkø";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String icon() {
        return "KEY";
    }

    @Override
    public String description() {
        return "Waiting list for municipal housing by step of the housing staircase and local centre (example module from a vendor)";
    }
}
