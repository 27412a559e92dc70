package no.planverk.platform.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Checks a user name and password against the platform's login realm (Karaf JAAS). */
@ProviderType
public interface Authenticator {

    /**
     * Returns the user when the credentials are right and the user has at least one Planverk role;
     * empty otherwise. Never says which part was wrong.
     *
     * @throws LoginBlockedException when too many attempts failed for this user name recently
     */
    Optional<UserContext> authenticate(String username, char[] password);
}
