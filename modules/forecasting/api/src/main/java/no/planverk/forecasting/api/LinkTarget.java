package no.planverk.forecasting.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by a bridge to another module (plans goals, measures) so saved runs can be linked to its items.
 * Forecasting tracks these dynamically: without one of a kind, runs cannot be linked to that kind.
 */
@ConsumerType
public interface LinkTarget {

    /** "goal" or "measure". */
    String kind();

    /** The item with its label and route filled in, or empty when there is no such item. */
    Optional<RunLink> describe(long id);

    /**
     * Items whose code, number or text contains {@code text} (all for a blank text), at most {@code limit}, each
     * labelled with its plan, code and text, so a user picks one instead of typing its id. Empty by default.
     */
    default List<RunLink> search(String text, int limit) {
        return List.of();
    }
}
