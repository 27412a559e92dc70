/**
 * The transfer contract every module's import and export follows: a file with a {@link FileFormat} and a kind is
 * previewed (checked, nothing saved) or committed (all rows or none) by the module's {@link ModuleTransfer}, which
 * answers one {@link ImportSummary} with its row errors; an export is asked for by kind and format.
 */
@Export
@Version("1.0.0")
package no.planverk.platform.api.transfer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
