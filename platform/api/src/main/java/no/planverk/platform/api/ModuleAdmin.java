package no.planverk.platform.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Installs and uninstalls module features on the running system (admins only, audited). A module that came with a
 * profile can be uninstalled too: the profile's other modules stay. Data of an uninstalled module stays in the
 * database and is back when the module is installed again.
 */
@ProviderType
public interface ModuleAdmin {

    /** Every module feature in the registered feature repositories, by name. */
    List<ModuleFeature> features();

    /** @throws InvalidInputException when there is no such module feature, or Karaf cannot install it */
    void install(String feature, UserContext by);

    /** @throws InvalidInputException when there is no such module feature or it is not installed */
    void uninstall(String feature, UserContext by);
}
