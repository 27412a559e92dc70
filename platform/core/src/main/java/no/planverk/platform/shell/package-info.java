/** Shared pieces for the Karaf shell commands of Planverk and its modules: a completer over values with descriptions. */
@Export
@Version("1.0.0")
package no.planverk.platform.shell;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
