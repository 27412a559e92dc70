package no.planverk.volunteers.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A check an assignment may require: a valid police certificate (politiattest) or a signed confidentiality declaration (teieplikt). */
public enum Check {
    POLICE_CERTIFICATE("police-certificate"),
    CONFIDENTIALITY("confidentiality");

    private final String id;

    Check(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Check> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.id.equals(t) || c.name().equalsIgnoreCase(t)).findFirst();
    }
}
