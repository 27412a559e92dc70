/**
 * The volunteers module's public API: organisations (lag og organisasjonar) with agreements, volunteers
 * with consent and checks, assignments (oppdrag) on the activity staircase, placements, matching, hours,
 * effort reports, unit contacts, reminders, GDPR export and erasure, and CSV import; assignments may serve a
 * measure of the measures module ({@link no.planverk.volunteers.api.MeasureDirectory}); the steps are named from the
 * forecasting module's staircase when it is installed ({@link no.planverk.volunteers.api.StepDirectory}). No JPA here.
 */
@Export
@Version("1.3.0")
package no.planverk.volunteers.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
