package no.planverk.volunteers.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Measures (tiltak) an assignment can serve. Registered by the bridge bundle installed with the measures
 * module; without it a link is kept as a bare id and not checked.
 */
@ConsumerType
public interface MeasureDirectory {

    /** Every measure, by number. */
    List<MeasureRef> measures();

    Optional<MeasureRef> find(long measureId);
}
