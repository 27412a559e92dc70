package no.planverk.forecasting.api;

import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/**
 * A scenario: an ageing assumption, optionally with the request's custom factors and then its welfare
 * technology shift. The name keys the results.
 */
public record Scenario(String name, Ageing ageing, boolean customFactors, boolean welfareTech) {

    public static final Scenario NORMAL = new Scenario("normal", Ageing.NORMAL, false, false);
    public static final Scenario DELAYED = new Scenario("delayed", Ageing.DELAYED, false, false);
    public static final Scenario WELFARE_TECH = new Scenario("welfare-tech", Ageing.NORMAL, false, true);
    public static final Scenario WELFARE_TECH_DELAYED = new Scenario("welfare-tech-delayed", Ageing.DELAYED, false, true);
    public static final Scenario CUSTOM = new Scenario("custom", Ageing.NORMAL, true, false);

    /** The scenarios a run can choose by name. */
    public static final java.util.List<Scenario> STANDARD = java.util.List.of(NORMAL, DELAYED, WELFARE_TECH, WELFARE_TECH_DELAYED, CUSTOM);

    /** One of {@link #STANDARD} by name (normal, delayed, welfare-tech, welfare-tech-delayed, custom). */
    public static java.util.Optional<Scenario> named(String name) {
        return STANDARD.stream().filter(s -> s.name.equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }

    public Scenario {
        if (name == null || name.isBlank() || ageing == null) {
            throw InvalidInputException.field("scenario", Message.of("forecasting.scenario.incomplete",
                    "A scenario needs a name and an ageing"));
        }
    }
}
