/**
 * Helpers for modules' JPA code on the shared data source: a transaction that turns failures into the
 * platform's errors, a versioned load, and new rows inserted in JDBC batches. Used by every module's core bundle.
 */
@Export
@Version("1.1.0")
package no.planverk.platform.persistence.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
