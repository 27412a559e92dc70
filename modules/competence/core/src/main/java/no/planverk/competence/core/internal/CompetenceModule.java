package no.planverk.competence.core.internal;

import no.planverk.platform.api.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

@Component(service = ModuleDescriptor.class)
public class CompetenceModule implements ModuleDescriptor {

    private final String version;

    @Activate
    public CompetenceModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "competence";
    }

    @Override
    public String name() {
        return "Kompetanseplanlegging";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String icon() {
        return "ACADEMY_CAP";
    }

    @Override
    public String description() {
        return "Workforce register per unit, competence requirements and gaps, full-time culture, retirements and recruitment need,"
                + " competence measures";
    }
}
