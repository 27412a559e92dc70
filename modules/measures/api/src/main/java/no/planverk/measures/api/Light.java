package no.planverk.measures.api;

import java.util.Optional;

/** The traffic light a unit gives its measure in a report. */
public enum Light {
    GREEN("green"),
    YELLOW("yellow"),
    RED("red");

    private final String id;

    Light(String id) {
        this.id = id;
    }

    /** The id used in files and the API. */
    public String id() {
        return id;
    }

    public static Optional<Light> parse(String text) {
        return Choices.parse(Light.class, text, Light::id);
    }
}
