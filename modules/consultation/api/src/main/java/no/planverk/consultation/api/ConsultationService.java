package no.planverk.consultation.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Consultations, their registers of submissions and the merknadsbehandling. Planners (and admins) open and change
 * consultations, register letters and e-mails, assess, export, publish, and alone see submitters' contact details;
 * every staff role reads consultations and the register without contact details. The public methods need no user and
 * return no personal data beyond the names submitters allowed to be published. Refusals are the platform's exceptions
 * with message keys {@code consultation.*}: InvalidInputException (400), AccessDeniedException (403), NotFoundException
 * (404), StaleVersionException (409).
 */
@ProviderType
public interface ConsultationService {

    /** The role that may change consultations, assess and see contact details. */
    Role PLANNER = Role.PLANNER;

    // staff

    /** Every consultation, the open ones first (closing soonest first), then upcoming, then closed (latest first). */
    List<Consultation> list(UserContext by);

    Consultation get(long id, UserContext by);

    /** The consultations of one plan, newest first. */
    List<Consultation> forPlan(long planId, UserContext by);

    Consultation open(ConsultationDraft draft, UserContext by);

    Consultation update(long id, long version, ConsultationDraft draft, UserContext by);

    /** Records the day the plan was adopted (null to clear): names and e-mails are erased a configured number of months later. */
    Consultation adopted(long id, long version, LocalDate adoptedOn, UserContext by);

    /** Publishes the merknadsbehandling on the portal, or takes it down. */
    Consultation publishAssessment(long id, long version, boolean published, UserContext by);

    /** Deletes a consultation without submissions. */
    void delete(long id, long version, UserContext by);

    /** The register by number; contact details only for planners. */
    List<Submission> submissions(long consultationId, UserContext by);

    Submission submission(long id, UserContext by);

    /** The attachment of a submission (planners only; audited as a read). */
    Attachment attachment(long submissionId, UserContext by);

    /** Registers a submission that came by letter or e-mail (planners; also after the closing date). */
    Submission register(long consultationId, Channel channel, SubmissionDraft draft, UserContext by);

    /** Stores the assessment of a submission. */
    Submission assess(long submissionId, long version, Assessment assessment, UserContext by);

    /** The merknadsbehandling with submitters' names and organisations (planners) or published names only (others). */
    AssessmentReport assessment(long consultationId, UserContext by);

    /** The merknadsbehandling as CSV, PDF or DOCX; PDF and DOCX need the plans module's document renderer (503 without). */
    ExportFile exportAssessment(long consultationId, ExportFormat format, Locale locale, UserContext by);

    /** GDPR access: every submission whose e-mail address or name is {@code submitter} (case ignored); audited. */
    SubmitterExport exportSubmitter(String submitter, UserContext by);

    /**
     * GDPR erasure: removes name, organisation, e-mail and attachment of every submission whose e-mail address or name
     * is {@code submitter}; the text, the number and the assessment stay. Returns how many submissions were changed.
     */
    int eraseSubmitter(String submitter, UserContext by);

    // public portal (no login)

    /** Consultations for the portal: open ones first (closing soonest first), then upcoming, then closed (latest first). */
    List<PublicConsultation> listPublic();

    Optional<PublicConsultation> findPublic(long id);

    /**
     * A submission from the public portal: refused with a clear message (InvalidInputException, key
     * {@code consultation.closed} or {@code consultation.notOpen}) outside the consultation's period; the receipt
     * carries the submission's number.
     */
    Receipt submit(long consultationId, SubmissionDraft draft);

    /** The published merknadsbehandling (names only where submitters allowed it), empty when not published. */
    Optional<AssessmentReport> publishedAssessment(long consultationId);

    /** The published merknadsbehandling as a file (CSV, PDF, DOCX), empty when not published. */
    Optional<ExportFile> publishedAssessmentFile(long consultationId, ExportFormat format, Locale locale);
}
