package no.planverk.platform.core.internal.health;

import java.util.ArrayList;
import java.util.List;
import no.planverk.platform.api.ModuleAdmin;
import no.planverk.platform.api.ModuleDescriptor;
import no.planverk.platform.api.ModuleFeature;
import no.planverk.platform.api.StartupWork;
import no.planverk.platform.core.internal.http.HealthReport;
import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Readiness: the database answers, the platform is up, and every installed module feature is up ({@link ReadyCheck}):
 * its bundles active, their DS components (API endpoints, services, views) satisfied, its module descriptor registered;
 * and the work after the start (the demo data, {@link StartupWork}) is done.
 */
@Component(service = Readiness.class)
public class Readiness {

    static final String PLATFORM = "planverk-platform";

    /** {@code status} is UP or DOWN. */
    public record Ready(String status, List<ReadyCheck> checks) {
    }

    private final HealthReport health;
    private final ModuleAdmin modules;
    private final FeaturesService features;
    private final ServiceComponentRuntime scr;
    private final BundleContext context;
    private volatile StartupWork startup;

    @Activate
    public Readiness(@Reference HealthReport health, @Reference ModuleAdmin modules, @Reference FeaturesService features,
            @Reference ServiceComponentRuntime scr, BundleContext context) {
        this.health = health;
        this.modules = modules;
        this.features = features;
        this.scr = scr;
        this.context = context;
    }

    public Ready check() {
        List<ReadyCheck> checks = new ArrayList<>();
        HealthReport.Health h = health.report();
        checks.add(new ReadyCheck("database", h.database().ok(), h.database().ok() ? List.of() : List.of(h.database().message())));
        checks.add(feature(PLATFORM, false));
        for (ModuleFeature m : modules.features()) {
            if (m.installed()) {
                checks.add(feature(m.name(), true));
            }
        }
        StartupWork work = startup;
        if (work != null) {
            checks.add(ReadyCheck.startup(work.pending()));
        }
        boolean up = h.status().equals("UP") && checks.stream().allMatch(ReadyCheck::up);
        return new Ready(up ? "UP" : "DOWN", checks);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setStartup(StartupWork work) {
        startup = work;
    }

    void unsetStartup(StartupWork work) {
        if (startup == work) {
            startup = null;
        }
    }

    private ReadyCheck feature(String name, boolean module) {
        Feature f;
        try {
            f = features.getFeature(name);
        } catch (Exception e) {
            f = null;
        }
        if (f == null) {
            return new ReadyCheck(name, false, List.of("Karaf does not know the feature"));
        }
        List<ReadyCheck.BundleState> states = new ArrayList<>();
        for (BundleInfo info : f.getBundles()) {
            if (!info.isDependency()) {
                states.add(state(info.getLocation()));
            }
        }
        return ReadyCheck.judge(name, states, module);
    }

    private ReadyCheck.BundleState state(String location) {
        Bundle b = context.getBundle(location);
        if (b == null) {
            return new ReadyCheck.BundleState(location, false, false, List.of());
        }
        boolean fragment = b.getHeaders().get("Fragment-Host") != null;
        boolean active = fragment ? b.getState() == Bundle.RESOLVED : b.getState() == Bundle.ACTIVE;
        return new ReadyCheck.BundleState(b.getSymbolicName(), active, registersDescriptor(b), unsatisfied(b));
    }

    private static boolean registersDescriptor(Bundle b) {
        ServiceReference<?>[] refs = b.getRegisteredServices();
        if (refs == null) {
            return false;
        }
        for (ServiceReference<?> r : refs) {
            if (List.of((String[]) r.getProperty("objectClass")).contains(ModuleDescriptor.class.getName())) {
                return true;
            }
        }
        return false;
    }

    private List<String> unsatisfied(Bundle b) {
        List<String> names = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE || c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    names.add(d.name);
                }
            }
        }
        return names;
    }
}
