package no.planverk.consultation.api;

import java.util.Arrays;
import java.util.Optional;

/** The municipality's conclusion on a submission. */
public enum Outcome {
    TAKEN_IN("taken-in"),
    PARTLY_TAKEN_IN("partly-taken-in"),
    NOT_TAKEN_IN("not-taken-in"),
    NOTED("noted");

    private final String id;

    Outcome(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** True when the outcome changed the document, so the section it changed should be named. */
    public boolean changesDocument() {
        return this == TAKEN_IN || this == PARTLY_TAKEN_IN;
    }

    public static Optional<Outcome> parse(String text) {
        return text == null ? Optional.empty() : Arrays.stream(values())
                .filter(v -> v.id.equalsIgnoreCase(text.strip()) || v.name().equalsIgnoreCase(text.strip())).findFirst();
    }
}
