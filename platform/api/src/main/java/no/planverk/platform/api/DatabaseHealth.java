package no.planverk.platform.api;

import org.osgi.annotation.versioning.ProviderType;

/** Checks the shared {@code planverk} data source with a short query. */
@ProviderType
public interface DatabaseHealth {

    DatabaseStatus check();
}
