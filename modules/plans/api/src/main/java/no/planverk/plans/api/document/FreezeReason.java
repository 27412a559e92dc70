package no.planverk.plans.api.document;

import java.util.Arrays;
import java.util.Optional;

/** Why a revision was frozen: sent on consultation (høyring) or adopted by the council. */
public enum FreezeReason {
    CONSULTATION("consultation"),
    ADOPTED("adopted");

    private final String id;

    FreezeReason(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<FreezeReason> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(r -> r.id.equalsIgnoreCase(t) || r.name().equalsIgnoreCase(t)).findFirst();
    }
}
