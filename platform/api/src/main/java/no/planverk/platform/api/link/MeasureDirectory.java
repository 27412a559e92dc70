package no.planverk.platform.api.link;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The measures (tiltak) other modules may link to: registered by the measures module, used by competence measures
 * and volunteer assignments. Without it (measures not installed) a link is kept as a bare id and not checked.
 */
@ProviderType
public interface MeasureDirectory {

    /** Every measure, by number. */
    List<MeasureRef> measures();

    /** The measure, or empty when there is no such measure. */
    Optional<MeasureRef> find(long measureId);
}
