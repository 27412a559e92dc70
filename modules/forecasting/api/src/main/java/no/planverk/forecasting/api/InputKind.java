package no.planverk.forecasting.api;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of stored input, each a CSV file with its own header (see {@link ForecastCsv}). */
public enum InputKind {
    /** {@code year,age,population} */
    POPULATION("population"),
    /** {@code service,age_from,age_to,users} */
    SERVICE_USERS("service-users"),
    /** {@code service,fte_per_user,cost_per_user} */
    COSTS("costs"),
    /** {@code age_from,age_to,rate} */
    DEMENTIA("dementia"),
    /** {@code centre,step,type,places} */
    HOUSING("housing");

    private final String id;

    InputKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<InputKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.id.equalsIgnoreCase(text) || k.name().equalsIgnoreCase(text)).findFirst();
    }
}
