package no.planverk.portal.core.internal.content;

import java.util.List;

/**
 * A consultation's page: the consultation, the frozen document sent out (null when not in Planverk), the plan when it
 * is published on the portal (else null), and the merknadsbehandling (null until published).
 */
public record ConsultationDetail(PublicConsultation consultation, PublicDocument document, PublicPlan plan,
        List<PublicAssessment> assessment) {
}
