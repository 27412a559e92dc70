package no.planverk.platform.api;

import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A JSON HTTP endpoint under {@code /api/v1/<path>}, registered as an OSGi service by a module. The
 * platform authenticates the caller (HTTP Basic against the JAAS realm), checks {@link #readRole()} and
 * {@link #rolesFor} before the body is read, parses and writes JSON, and turns {@link PlanverkException}s into
 * status codes: 400 invalid input, 403 access denied, 404 not found, 409 stale version.
 */
@ConsumerType
public interface ApiEndpoint {

    /** First path segment, e.g. {@code units}. Letters, digits and '-' only. */
    String path();

    /** The roles above reader: by default one of them is needed for any call but GET. */
    Set<Role> WRITERS = Set.of(Role.ADMIN, Role.PLANNER, Role.UNIT_LEADER, Role.COORDINATOR);

    /** Role needed for any call. */
    default Role readRole() {
        return Role.READER;
    }

    /**
     * The roles of which the caller needs one for this call, checked by the platform before the body is read or
     * validated, so a caller who may not write gets 403 whatever it sends; empty for no check beyond
     * {@link #readRole()}. By default GET needs nothing more and any other method one of {@link #WRITERS}.
     * Narrow a write to the roles that may do it (services still check units and ownership), or answer an empty
     * set for a call that stores nothing.
     *
     * @param method GET, POST, PUT, PATCH or DELETE
     * @param segments the path segments after {@link #path()}, as {@link ApiRequest#segments()}
     */
    default Set<Role> rolesFor(String method, List<String> segments) {
        return method.equals("GET") ? Set.of() : WRITERS;
    }

    ApiResponse handle(ApiRequest request);
}
