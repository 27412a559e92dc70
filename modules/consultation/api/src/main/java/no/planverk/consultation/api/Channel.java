package no.planverk.consultation.api;

import java.util.Arrays;
import java.util.Optional;

/** How a submission came in: the public portal (only while the consultation is open), a letter or an e-mail (registered by staff). */
public enum Channel {
    PORTAL("portal"),
    LETTER("letter"),
    EMAIL("email");

    private final String id;

    Channel(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Channel> parse(String text) {
        return text == null ? Optional.empty() : Arrays.stream(values())
                .filter(v -> v.id.equalsIgnoreCase(text.strip()) || v.name().equalsIgnoreCase(text.strip())).findFirst();
    }
}
