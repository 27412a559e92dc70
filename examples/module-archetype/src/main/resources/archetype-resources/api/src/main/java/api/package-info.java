/**
 * ${moduleName}: the records and the service that other bundles see. Version the package semantically (see Planverk's
 * docs/api-versioning.md): a new method on the service is a minor step, a changed record a major one.
 */
@Export
@Version("1.0.0")
package ${package}.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
