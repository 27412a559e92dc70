package no.planverk.competence.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the forecast gives the FTE need: {@code FORECAST} takes the run's FTE as it is; {@code GROWTH} scales today's
 * FTE by the forecast's change, need(t) = FTE(base) × F(t) ÷ F(base), for when the run models only some services.
 */
public enum GapBasis {
    FORECAST("forecast"), GROWTH("growth");

    private final String id;

    GapBasis(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<GapBasis> parse(String text) {
        return Arrays.stream(values()).filter(b -> b.id.equalsIgnoreCase(text == null ? "" : text.strip())).findFirst();
    }
}
