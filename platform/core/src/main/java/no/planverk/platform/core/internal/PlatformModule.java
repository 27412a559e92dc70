package no.planverk.platform.core.internal;

import no.planverk.platform.api.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** The platform lists itself, so clients see its version beside the modules'. */
@Component(service = ModuleDescriptor.class)
public class PlatformModule implements ModuleDescriptor {

    private final String version;

    @Activate
    public PlatformModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "platform";
    }

    @Override
    public String name() {
        return "Planverk platform";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String icon() {
        return "COGS";
    }

    @Override
    public String description() {
        return "Login, organisation units, audit trail, HTTP API and the UI shell";
    }
}
