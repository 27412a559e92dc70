package no.planverk.platform.api;

/** What the platform tells about an installed module. */
public record ModuleInfo(String id, String name, String version, String icon, String description) {
}
