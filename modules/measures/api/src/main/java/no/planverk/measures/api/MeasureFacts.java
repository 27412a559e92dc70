package no.planverk.measures.api;

import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What another module knows about a measure, shown on the measure's page: registered by bridge bundles
 * (for example the volunteers module's hours on assignments linked to the measure). Any number may be
 * registered; none is needed.
 */
@ConsumerType
public interface MeasureFacts {

    /** Facts about the measure in the user's language; empty when the module has nothing on it. */
    List<MeasureFact> facts(long measureId, Locale locale);
}
