package no.planverk.competence.api;

import java.util.List;

/** A saved forecast run as competence planning sees it: its years and scenarios. */
public record ForecastRun(long id, String name, int baseYear, int horizon, List<String> scenarios) {

    public ForecastRun {
        scenarios = List.copyOf(scenarios);
    }
}
