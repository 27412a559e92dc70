package no.planverk.measures.core.internal;

import no.planverk.platform.api.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

@Component(service = ModuleDescriptor.class)
public class MeasuresModule implements ModuleDescriptor {

    private final String version;

    @Activate
    public MeasuresModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "measures";
    }

    @Override
    public String name() {
        return "Tiltak og oppfølging";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String icon() {
        return "TASKS";
    }

    @Override
    public String description() {
        return "Measures of the action part with cost and funding per year, follow-up reports, reminders, roll-forward,"
                + " import/export and the annual follow-up report";
    }
}
