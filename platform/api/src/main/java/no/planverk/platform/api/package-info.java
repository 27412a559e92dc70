/**
 * Planverk's public module API: module descriptors, roles and the current user, organisation units,
 * the audit log, database health and backup, the export of all data, schema migrations and JSON HTTP endpoints.
 * Records and interfaces only.
 */
@Export
@Version("1.6.0")
package no.planverk.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
