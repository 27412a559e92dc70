/**
 * Plan documents: the live blocks other modules contribute ({@link DocumentBlockProvider}) and the neutral content
 * they render to, which the plans module turns into the editor's preview, HTML, PDF and DOCX alike.
 */
@Export
@Version("1.0.0")
package no.planverk.plans.api.document;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
