package no.planverk.portal.core.internal.bridge;

import java.util.List;
import java.util.Optional;
import no.planverk.consultation.api.Attachment;
import no.planverk.consultation.api.AssessmentRow;
import no.planverk.consultation.api.ConsultationService;
import no.planverk.consultation.api.Party;
import no.planverk.consultation.api.PublicConsultation;
import no.planverk.consultation.api.SubmissionDraft;
import no.planverk.portal.core.internal.content.ConsultationSource;
import no.planverk.portal.core.internal.content.PublicAssessment;
import no.planverk.portal.core.internal.content.Receipt;
import no.planverk.portal.core.internal.content.Submission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The consultation module for the portal, when it is installed (its package is an optional import; without it this
 * component stays unsatisfied and the portal shows no consultations). Only the service's public methods are called.
 */
@Component(service = ConsultationSource.class)
public class ConsultationsBridge implements ConsultationSource {

    private final ConsultationService consultations;

    @Activate
    public ConsultationsBridge(@Reference ConsultationService consultations) {
        this.consultations = consultations;
    }

    @Override
    public List<no.planverk.portal.core.internal.content.PublicConsultation> consultations() {
        return consultations.listPublic().stream().map(ConsultationsBridge::toPortal).toList();
    }

    @Override
    public Optional<no.planverk.portal.core.internal.content.PublicConsultation> consultation(long id) {
        return consultations.findPublic(id).map(ConsultationsBridge::toPortal);
    }

    @Override
    public Optional<List<PublicAssessment>> assessment(long id) {
        return consultations.publishedAssessment(id).filter(r -> r.published())
                .map(r -> r.rows().stream().map(ConsultationsBridge::toPortal).toList());
    }

    @Override
    public Receipt submit(long id, Submission s) {
        Attachment file = s.attachment() == null ? null : new Attachment(s.attachmentName(), s.attachment());
        no.planverk.consultation.api.Receipt r = consultations.submit(id,
                new SubmissionDraft(s.name(), s.organisation(), s.email(), s.text(), s.section(), s.publishName(), file));
        return new Receipt(r.consultationId(), r.number(), r.receivedAt());
    }

    static no.planverk.portal.core.internal.content.PublicConsultation toPortal(PublicConsultation c) {
        return new no.planverk.portal.core.internal.content.PublicConsultation(c.id(), c.planId(), c.subject().id(), c.title(),
                c.opensOn(), c.closesOn(), c.revisionId(), c.introduction(), c.parties().stream().map(Party::name).toList(),
                c.phase().id(), c.submissions(), c.assessmentPublished());
    }

    static PublicAssessment toPortal(AssessmentRow r) {
        return new PublicAssessment(r.number(), r.submitter(), r.organisation(), r.section(), r.summary(), r.assessment(),
                r.outcome() == null ? null : r.outcome().id(), r.changedSection());
    }
}
