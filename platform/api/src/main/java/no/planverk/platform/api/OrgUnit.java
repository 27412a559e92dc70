package no.planverk.platform.api;

/**
 * An organisation unit of the municipality, e.g. "Helse og omsorg" with sub-units. {@code version}
 * is the optimistic-locking version to send back with a change.
 */
public record OrgUnit(long id, String code, String name, Long parentId, long version) {
}
