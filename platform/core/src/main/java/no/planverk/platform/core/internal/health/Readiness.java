package no.planverk.platform.core.internal.health;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import no.planverk.platform.api.ModuleAdmin;
import no.planverk.platform.api.ModuleDescriptor;
import no.planverk.platform.api.ModuleFeature;
import no.planverk.platform.api.StartupWork;
import no.planverk.platform.core.internal.http.HealthReport;
import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Conditional;
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
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Readiness: the database answers, the platform is up, and every installed module feature is up ({@link ReadyCheck}):
 * its bundles active, their DS components (API endpoints, services, views) satisfied (except bridges to a module that is
 * not installed), its module descriptor registered; the demo's bundles are up, and the work after the start (the demo
 * data, {@link StartupWork}) is done.
 */
@Component(service = Readiness.class)
public class Readiness {

    static final String PLATFORM = "planverk-platform";
    /** Not a module, but its bundles register the startup work: until they are up, "ready" would come before the demo. */
    static final String DEMO = "planverk-demo";

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
        if (installed(DEMO)) {
            checks.add(feature(DEMO, false));
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
        for (String location : expectedBundles(f, this::installed)) {
            states.add(state(location));
        }
        return ReadyCheck.judge(name, states, module);
    }

    /**
     * The locations of a feature's own bundles (not its dependencies), with those of each conditional whose conditions
     * are all installed features (the demo's bundle for an installed module). A condition that is not a feature name
     * (a requirement) is not judged: its bundles are left out.
     */
    static List<String> expectedBundles(Feature f, Predicate<String> installedFeature) {
        List<String> locations = new ArrayList<>();
        for (BundleInfo info : f.getBundles()) {
            if (!info.isDependency()) {
                locations.add(info.getLocation());
            }
        }
        for (Conditional c : f.getConditional()) {
            if (!c.getCondition().isEmpty() && c.getCondition().stream().allMatch(installedFeature)) {
                for (BundleInfo info : c.getBundles()) {
                    if (!info.isDependency()) {
                        locations.add(info.getLocation());
                    }
                }
            }
        }
        return locations;
    }

    private boolean installed(String name) {
        try {
            Feature f = features.getFeature(name);
            return f != null && features.isInstalled(f);
        } catch (Exception e) {
            return false;
        }
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
                if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION
                        || c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE && !waitsForAbsentModule(b, d, c)) {
                    names.add(d.name);
                }
            }
        }
        return names;
    }

    /**
     * A bridge to a module that is not installed (the portal's to consultation): its bundle imports that module's api
     * optionally, so the service type it waits for is not even visible to it, and the component stays unsatisfied by
     * design. Any other missing service is a problem.
     */
    private static boolean waitsForAbsentModule(Bundle b, ComponentDescriptionDTO d, ComponentConfigurationDTO c) {
        List<String> interfaces = new ArrayList<>();
        for (UnsatisfiedReferenceDTO u : c.unsatisfiedReferences) {
            for (ReferenceDTO r : d.references) {
                if (r.name.equals(u.name)) {
                    interfaces.add(r.interfaceName);
                }
            }
        }
        return onlyInvisible(interfaces, name -> {
            try {
                b.loadClass(name);
                return true;
            } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
                return false;
            }
        });
    }

    /** True when there are missing services and the bundle sees none of their types. */
    static boolean onlyInvisible(List<String> interfaces, Predicate<String> visible) {
        return !interfaces.isEmpty() && interfaces.stream().noneMatch(visible);
    }
}
