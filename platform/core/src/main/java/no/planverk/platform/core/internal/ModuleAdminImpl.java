package no.planverk.platform.core.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.ModuleAdmin;
import no.planverk.platform.api.ModuleFeature;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.Repository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Module features through Karaf's FeaturesService. A module that came with a profile is uninstalled by installing the
 * profile's other modules on their own and then uninstalling the profile, so only that module goes.
 */
@Component(service = ModuleAdmin.class)
public class ModuleAdminImpl implements ModuleAdmin {

    static final String CAPABILITY = "planverk.module";
    static final String TYPE = "Module feature";
    private static final EnumSet<FeaturesService.Option> OPTIONS = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    private final FeaturesService features;
    private final AuditLog audit;

    @Activate
    public ModuleAdminImpl(@Reference FeaturesService features, @Reference AuditLog audit) {
        this.features = features;
        this.audit = audit;
    }

    @Override
    public List<ModuleFeature> features() {
        List<ModuleFeature> list = new ArrayList<>();
        modules().forEach((name, f) -> list.add(new ModuleFeature(name, f.getDescription(), features.isInstalled(f))));
        return list;
    }

    @Override
    public void install(String name, UserContext by) {
        by.require(Role.ADMIN);
        Feature f = module(name);
        if (features.isInstalled(f)) {
            throw InvalidInputException.field("feature", name + " is installed already");
        }
        try {
            features.installFeature(name, OPTIONS);
        } catch (Exception e) {
            throw new InvalidInputException(Message.of("platform.module.installFailed", "Karaf could not install {0}: {1}", name, String.valueOf(e.getMessage())));
        }
        audit.record(by, "install", TYPE, name, null, null);
    }

    @Override
    public void uninstall(String name, UserContext by) {
        by.require(Role.ADMIN);
        Feature f = module(name);
        if (!features.isInstalled(f)) {
            throw InvalidInputException.field("feature", name + " is not installed");
        }
        List<String> neededBy = neededBy(name);
        if (!neededBy.isEmpty()) {
            throw InvalidInputException.field("feature", no.planverk.platform.api.Message.of("platform.module.neededBy",
                    "{0} is needed by {1}: uninstall that first", name, String.join(", ", neededBy)));
        }
        try {
            if (isRoot(name)) {
                features.uninstallFeature(name, OPTIONS);
            } else {
                uninstallFromProfiles(name);
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidInputException(Message.of("platform.module.uninstallFailed", "Karaf could not uninstall {0}: {1}", name, String.valueOf(e.getMessage())));
        }
        audit.record(by, "uninstall", TYPE, name, null, null);
    }

    /**
     * The installed modules that depend on the module (the consultation module and the portal on plans): uninstalling it
     * would leave it in place for them, so it is refused with their names instead of answering as if it were gone.
     */
    private List<String> neededBy(String name) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Feature> m : modules().entrySet()) {
            if (!m.getKey().equals(name) && features.isInstalled(m.getValue())
                    && m.getValue().getDependencies().stream().anyMatch(d -> d.getName().equals(name))) {
                out.add(m.getKey());
            }
        }
        return out;
    }

    /** Keeps the other modules of every installed profile that holds the module, then lets the profiles go. */
    private void uninstallFromProfiles(String name) throws Exception {
        Map<String, Feature> modules = modules();
        List<Feature> profiles = new ArrayList<>();
        Set<String> keep = new LinkedHashSet<>();
        for (Feature p : features.listInstalledFeatures()) {
            if (modules.containsKey(p.getName()) || p.getDependencies().stream().noneMatch(d -> d.getName().equals(name))) {
                continue;
            }
            profiles.add(p);
            p.getDependencies().stream().map(Dependency::getName).filter(modules::containsKey).filter(n -> !n.equals(name)).forEach(keep::add);
        }
        if (profiles.isEmpty()) {
            throw new InvalidInputException(name + " is required by another feature; uninstall that one (feature:list -i)");
        }
        if (!keep.isEmpty()) {
            features.installFeatures(keep, OPTIONS);
        }
        for (Feature p : profiles) {
            if (isRoot(p.getName())) {
                features.uninstallFeature(p.getName(), p.getVersion(), OPTIONS);
            }
        }
    }

    private boolean isRoot(String name) {
        for (Set<String> requirements : features.listRequirements().values()) {
            for (String r : requirements) {
                if (r.equals("feature:" + name) || r.startsWith("feature:" + name + "/")) {
                    return true;
                }
            }
        }
        return false;
    }

    private Feature module(String name) {
        Feature f = modules().get(name);
        if (f == null) {
            throw InvalidInputException.field("feature", "There is no module feature '" + name + "'; see GET /api/v1/modules/features");
        }
        return f;
    }

    /** Module features by name (the newest version of each). */
    private Map<String, Feature> modules() {
        Map<String, Feature> modules = new TreeMap<>();
        try {
            for (Repository r : features.listRepositories()) {
                for (Feature f : r.getFeatures()) {
                    if (f.getCapabilities().stream().anyMatch(c -> c.getValue().strip().startsWith(CAPABILITY))) {
                        modules.merge(f.getName(), f, (a, b) -> a.getVersion().compareTo(b.getVersion()) >= 0 ? a : b);
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("The feature repositories could not be read", e);
        }
        return modules;
    }
}
