package no.planverk.portal.core.internal.content;

import java.util.List;
import java.util.Optional;

/** The consultation module, when installed: only what its public view gives (no personal data, no staff names). */
public interface ConsultationSource {

    List<PublicConsultation> consultations();

    Optional<PublicConsultation> consultation(long id);

    /** The published merknadsbehandling, or empty while it is not published. */
    Optional<List<PublicAssessment>> assessment(long id);

    /**
     * Stores the innspel; throws {@link no.planverk.platform.api.InvalidInputException} when the consultation is not
     * open or a field is refused, {@link no.planverk.platform.api.NotFoundException} when it is not known.
     */
    Receipt submit(long id, Submission submission);
}
