/**
 * The measures module's public API: measures (tiltak) in a plan's action part, their follow-up reports,
 * roll-forward into the next period, import/export and the annual follow-up report. Other modules link
 * measures by id; {@link no.planverk.measures.api.PlanDirectory} is how a plans module lends its goals,
 * {@link no.planverk.measures.api.MeasureFacts} how other modules add facts to a measure's page. A measure's ownership
 * is the plans api's {@link no.planverk.plans.api.Ownership} (the same colours as the goal tables), so this bundle
 * needs the plans api bundle, not the plans module.
 */
@Export
@Version("3.0.0")
package no.planverk.measures.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
