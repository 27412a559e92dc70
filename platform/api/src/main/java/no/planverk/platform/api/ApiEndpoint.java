package no.planverk.platform.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A JSON HTTP endpoint under {@code /api/v1/<path>}, registered as an OSGi service by a module. The
 * platform authenticates the caller (HTTP Basic against the JAAS realm), checks
 * {@link #readRole()}, parses and writes JSON, and turns {@link PlanverkException}s into status codes:
 * 400 invalid input, 403 access denied, 404 not found, 409 stale version.
 */
@ConsumerType
public interface ApiEndpoint {

    /** First path segment, e.g. {@code units}. Letters, digits and '-' only. */
    String path();

    /** Role needed for any call; check stronger roles for writes with {@code request.user().require(..)}. */
    default Role readRole() {
        return Role.READER;
    }

    ApiResponse handle(ApiRequest request);
}
