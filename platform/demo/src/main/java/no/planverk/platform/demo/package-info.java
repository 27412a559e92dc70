/** What module demo data may wait for. */
@Export
@Version("1.2.0")
package no.planverk.platform.demo;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
