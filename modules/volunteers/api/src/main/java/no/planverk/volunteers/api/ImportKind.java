package no.planverk.volunteers.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an import file holds. */
public enum ImportKind {
    VOLUNTEERS("volunteers"),
    ORGANISATIONS("organisations");

    private final String id;

    ImportKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ImportKind> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id.equals(t)).findFirst();
    }
}
