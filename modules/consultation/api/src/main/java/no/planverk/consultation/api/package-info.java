/**
 * The consultation module's public API: consultations (høyring, offentleg ettersyn) of a plan or a planning programme,
 * the register of submissions (innspel) from the public portal, letters and e-mails, their assessment and the
 * merknadsbehandling, and the submitters' personal data (export, erasure, erasure after adoption). No JPA here.
 * A public portal uses {@link no.planverk.consultation.api.ConsultationService#listPublic()},
 * {@code findPublic}, {@code submit} and {@code publishedAssessment}, which never carry personal data beyond the
 * names submitters allowed to be published.
 */
@Export
@Version("1.0.0")
package no.planverk.consultation.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
