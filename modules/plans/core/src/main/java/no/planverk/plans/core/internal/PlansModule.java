package no.planverk.plans.core.internal;

import no.planverk.platform.api.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

@Component(service = ModuleDescriptor.class)
public class PlansModule implements ModuleDescriptor {

    private final String version;

    @Activate
    public PlansModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "plans";
    }

    @Override
    public String name() {
        return "Planar og mål";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String icon() {
        return "FILE_TREE";
    }

    @Override
    public String description() {
        return "Plan register with lifecycle, goal tables, the red thread, indicators, planprogram, import and export";
    }
}
