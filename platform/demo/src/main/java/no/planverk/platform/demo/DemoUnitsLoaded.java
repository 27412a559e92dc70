package no.planverk.platform.demo;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered once the demo organisation units exist, so the demo data of modules (which refers to units by
 * code) loads after them: reference this service.
 */
@ProviderType
public interface DemoUnitsLoaded {
}
