/**
 * Helpers for modules' JPA code on the shared data source: a transaction that turns failures into the
 * platform's errors, and a versioned load. Used by every module's core bundle.
 */
@Export
@Version("1.1.0")
package no.planverk.platform.persistence.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
