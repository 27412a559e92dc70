package no.planverk.consultation.core.internal;

import no.planverk.platform.api.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

@Component(service = ModuleDescriptor.class)
public class ConsultationModule implements ModuleDescriptor {

    private final String version;

    @Activate
    public ConsultationModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "consultation";
    }

    @Override
    public String name() {
        return "Høyring";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String icon() {
        return "COMMENTS";
    }

    @Override
    public String description() {
        return "Consultations on plans and planning programmes: the register of submissions, their assessment and the"
                + " merknadsbehandling, with the submitters' personal data protected";
    }
}
