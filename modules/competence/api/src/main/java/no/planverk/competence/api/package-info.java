/**
 * The competence module's public API (KS's steps for strategic competence planning: required competence, today's
 * competence, gap, measures, follow-up): the workforce register per unit, requirements and gaps, full-time culture,
 * retirements and recruitment need, competence measures; and the SPI the forecasting bridge implements ({@link
 * no.planverk.competence.api.FteForecasts}). Links to measures go through the platform's {@link
 * no.planverk.platform.api.link.MeasureDirectory}.
 */
@Export
@Version("2.0.0")
package no.planverk.competence.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
