/**
 * The competence module's public API (KS's steps for strategic competence planning: required competence, today's
 * competence, gap, measures, follow-up): the workforce register per unit, requirements and gaps, full-time culture,
 * retirements and recruitment need, competence measures; and the SPIs the forecasting and measures bridges implement.
 */
@Export
@Version("2.0.0")
package no.planverk.competence.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
