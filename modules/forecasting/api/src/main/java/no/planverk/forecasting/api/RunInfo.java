package no.planverk.forecasting.api;

import java.time.LocalDateTime;
import java.util.List;

/** A saved run without its inputs and results: what a list shows. Times are UTC. */
public record RunInfo(long id, String name, String description, int baseYear, int horizon, List<String> scenarios,
        List<RunLink> links, LocalDateTime created, String createdBy, long version) {

    public RunInfo {
        scenarios = List.copyOf(scenarios);
        links = List.copyOf(links);
    }
}
