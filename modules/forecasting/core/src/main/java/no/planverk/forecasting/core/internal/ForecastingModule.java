package no.planverk.forecasting.core.internal;

import no.planverk.platform.api.ModuleDescriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

@Component(service = ModuleDescriptor.class)
public class ForecastingModule implements ModuleDescriptor {

    private final String version;

    @Activate
    public ForecastingModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return "forecasting";
    }

    @Override
    public String name() {
        return "Framskriving";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String icon() {
        return "CHART";
    }

    @Override
    public String description() {
        return "Service demand by scenario (KS prognosis model): users, FTE, cost, dementia and institution places from a population"
                + " projection; saved runs that goals and measures can cite";
    }
}
