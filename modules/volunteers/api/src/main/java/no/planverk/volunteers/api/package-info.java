/**
 * The volunteers module's public API: organisations (lag og organisasjonar) with agreements, volunteers
 * with consent and checks, assignments (oppdrag) on the activity staircase, placements, matching, hours,
 * effort reports, unit contacts, reminders, GDPR export and erasure, and the kinds of CSV import ({@link
 * no.planverk.volunteers.api.ImportKind}; the import itself is the core's platform ModuleTransfer); assignments may serve a
 * measure of the measures module (through the platform's {@link no.planverk.platform.api.link.MeasureDirectory}); the steps are named from the
 * forecasting module's staircase when it is installed ({@link no.planverk.volunteers.api.StepDirectory}). No JPA here.
 */
@Export
@Version("2.0.0")
package no.planverk.volunteers.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
