package no.planverk.consultation.api;

import java.util.Arrays;
import java.util.Optional;

/** Who a consultation was sent to: an organisation (or authority), a council (råd), a neighbouring municipality. */
public enum PartyKind {
    ORGANISATION("organisation"),
    COUNCIL("council"),
    MUNICIPALITY("municipality");

    private final String id;

    PartyKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<PartyKind> parse(String text) {
        return text == null ? Optional.empty() : Arrays.stream(values())
                .filter(v -> v.id.equalsIgnoreCase(text.strip()) || v.name().equalsIgnoreCase(text.strip())).findFirst();
    }
}
