/**
 * Ports between modules that no module owns: a module that has items others may link to registers a directory of
 * them here ({@link no.planverk.platform.api.link.MeasureDirectory}: the measures module's measures, for competence
 * measures and volunteer assignments), and the modules that link track it as an optional dynamic reference, keeping a
 * link as a bare id, unchecked, while nothing provides it.
 */
@Export
@Version("1.0.0")
package no.planverk.platform.api.link;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
