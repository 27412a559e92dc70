package no.planverk.volunteers.core.internal;

import no.planverk.platform.api.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

@Component(service = ModuleDescriptor.class)
public class VolunteersModule implements ModuleDescriptor {

    private final String version;

    @Activate
    public VolunteersModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "volunteers";
    }

    @Override
    public String name() {
        return "Frivilligkoordinering";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String icon() {
        return "HANDSHAKE";
    }

    @Override
    public String description() {
        return "Volunteers, organisations and agreements, assignments on the activity staircase, matching, hours and the yearly"
                + " effort report, with consent, access and erasure";
    }
}
