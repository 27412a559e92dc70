package no.planverk.platform.core.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import no.planverk.platform.api.ModuleDescriptor;
import no.planverk.platform.api.ModuleInfo;
import no.planverk.platform.api.ModuleRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tracks the registered module descriptors as modules come and go. */
@Component(service = ModuleRegistry.class)
public class ModuleRegistryImpl implements ModuleRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistryImpl.class);
    private final Set<ModuleDescriptor> descriptors = new CopyOnWriteArraySet<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(ModuleDescriptor d) {
        descriptors.add(d);
        LOG.info("Module {} {} installed", d.id(), d.version());
    }

    void removeModule(ModuleDescriptor d) {
        descriptors.remove(d);
        LOG.info("Module {} removed", d.id());
    }

    @Override
    public List<ModuleInfo> modules() {
        return descriptors.stream().map(ModuleDescriptor::info)
                .sorted(Comparator.comparing(ModuleInfo::id)).toList();
    }
}
