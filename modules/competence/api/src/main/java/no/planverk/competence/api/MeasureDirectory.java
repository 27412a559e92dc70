package no.planverk.competence.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by the bridge to the measures module, so competence measures can be linked to measures. Without it a
 * link is kept as a bare id and not checked.
 */
@ConsumerType
public interface MeasureDirectory {

    /** The measure's label (number and title, e.g. "90 Mentorordning for nyansatte"), or empty when there is no such measure. */
    Optional<String> describe(long measureId);
}
