package no.planverk.platform.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The modules installed right now, sorted by id. */
@ProviderType
public interface ModuleRegistry {

    List<ModuleInfo> modules();

    default Optional<ModuleInfo> find(String id) {
        return modules().stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
