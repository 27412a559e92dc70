package no.planverk.forecasting.api;

import java.util.Map;

/**
 * Where an uploaded input file goes: a new input with this name and description, or (with {@code replaceId} and the
 * {@code version} read) over a stored one; {@code choices} pick a region and alternative from SSB's files (see
 * {@link ForecastCsv#population(byte[], Map)}).
 */
public record InputTarget(String name, String description, Long replaceId, Long version, Map<String, String> choices) {

    public InputTarget {
        choices = choices == null ? Map.of() : choices; // not copied: the API's choices look up any dimension id when asked
    }

    /** A new input. */
    public static InputTarget named(String name, String description, Map<String, String> choices) {
        return new InputTarget(name, description, null, null, choices);
    }

    /** The file replaces the content of input {@code id}, which had {@code version}. */
    public static InputTarget replacing(long id, long version, String name, String description, Map<String, String> choices) {
        return new InputTarget(name, description, id, version, choices);
    }
}
