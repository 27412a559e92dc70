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

    /**
     * As {@link #authenticate(String, char[])}, also counting failures per client address (many user names tried from
     * one address lock the address for a while).
     *
     * @param clientAddress the caller's IP address, or null when unknown
     * @throws LoginBlockedException when too many attempts failed for this user name or from this address recently
     */
    default Optional<UserContext> authenticate(String username, char[] password, String clientAddress) {
        return authenticate(username, password);
    }
}
