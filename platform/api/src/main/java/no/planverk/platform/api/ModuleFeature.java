package no.planverk.platform.api;

/**
 * A module's Karaf feature as an admin sees it: its name, description, and whether it is installed. A feature is a
 * module feature when it declares {@code <capability>planverk.module</capability>} in its feature XML.
 */
public record ModuleFeature(String name, String description, boolean installed) {
}
