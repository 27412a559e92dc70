package no.planverk.competence.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Profession or competence category of a position, with its nynorsk label. Files may name a category by id,
 * by label or by the bokmål word (sykepleier, helsefagarbeider, ...).
 */
public enum Category {
    SJUKEPLEIAR("sjukepleiar", "Sjukepleiar", "sykepleier"),
    SPESIALSJUKEPLEIAR("spesialsjukepleiar", "Spesialsjukepleiar", "spesialsykepleier"),
    HELSEFAGARBEIDAR("helsefagarbeidar", "Helsefagarbeidar", "helsefagarbeider"),
    VERNEPLEIAR("vernepleiar", "Vernepleiar", "vernepleier"),
    SOSIONOM("sosionom", "Sosionom", "sosionom"),
    LEGE("lege", "Lege", "lege"),
    FYSIOTERAPEUT("fysioterapeut", "Fysioterapeut", "fysioterapeut"),
    ERGOTERAPEUT("ergoterapeut", "Ergoterapeut", "ergoterapeut"),
    MILJOTERAPEUT("miljoterapeut", "Miljøterapeut (anna høgskuleutdanning)", "miljøterapeut"),
    ASSISTENT("assistent", "Assistent utan formell helsefagleg utdanning", "assistent uten formell utdanning"),
    LAERLING("laerling", "Lærling", "lærling"),
    ANNA("anna", "Anna", "annet");

    private final String id;
    private final String label;
    private final String bokmal;

    Category(String id, String label, String bokmal) {
        this.id = id;
        this.label = label;
        this.bokmal = bokmal;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /**
     * True when a position of this category meets a requirement for {@code required}: its own category, and a
     * specialist nurse also counts as a nurse.
     */
    public boolean meets(Category required) {
        return this == required || this == SPESIALSJUKEPLEIAR && required == SJUKEPLEIAR;
    }

    /** By id, nynorsk label or bokmål word, ignoring case ("Sjukepleiar", "sykepleier", "spesialsjukepleiar"). */
    public static Optional<Category> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.id.equals(t) || c.label.toLowerCase(Locale.ROOT).equals(t) || c.bokmal.equals(t)
                || c.name().toLowerCase(Locale.ROOT).equals(t)).findFirst();
    }
}
