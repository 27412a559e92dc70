package no.planverk.plans.api.document;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by a module that can place its live data in a plan document (the goal table, measures, a forecast
 * run's chart...). The plans module tracks these services dynamically: a block whose provider is gone is shown as a
 * placeholder, never as an error.
 */
@ConsumerType
public interface DocumentBlockProvider {

    /** The block types this provider renders, with labels in the locale (nn, nb or en). */
    List<BlockType> types(Locale locale);

    /** What a planner can pick for a block of this type in the given plan (a goal, a saved run...), newest first. */
    List<BlockChoice> choices(String type, long planId, Locale locale);

    /** The block's content now, or empty when what it names no longer exists. */
    Optional<BlockContent> render(BlockRef block, Locale locale);
}
