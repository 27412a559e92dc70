/**
 * Declarative routes for {@link no.planverk.platform.api.ApiEndpoint}s: an endpoint is a list of routes (method, path
 * pattern, roles, handler) in a {@link no.planverk.platform.api.route.Routes} table, which answers
 * {@code rolesFor}, matches a call (literal segments before parameters), types its path parameters and answers 404
 * and 405 the same way for every endpoint.
 */
@Export
@Version("1.0.0")
package no.planverk.platform.api.route;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
