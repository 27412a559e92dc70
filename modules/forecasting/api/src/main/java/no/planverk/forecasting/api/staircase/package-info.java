/**
 * The activity and mastery staircase (aktivitets- og meistringstrappa, seed 004 chapter 4.1): its four categories
 * and numbered steps as a municipality's reference data, which step each forecast service belongs to, and a run's
 * demand per step.
 */
@Export
@Version("1.0.0")
package no.planverk.forecasting.api.staircase;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
