/** The one Jackson configuration of Planverk and its modules (dates, nulls, what a reader refuses). */
@Export
@Version("1.0.0")
package no.planverk.platform.json;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
