package no.planverk.forecasting.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A saved run without its inputs and results: what a list shows. Times are UTC. {@code modelVersion} is the model
 * definition the run was saved with, and is computed with again (runs saved before versions were stored: STEPPED).
 */
public record RunInfo(long id, String name, String description, int baseYear, int horizon, List<String> scenarios,
        List<RunLink> links, LocalDateTime created, String createdBy, long version, ModelVersion modelVersion) {

    public RunInfo {
        scenarios = List.copyOf(scenarios);
        links = List.copyOf(links);
        modelVersion = modelVersion == null ? ModelVersion.CURRENT : modelVersion;
    }

    /** A run on the current model version (the constructor of API 1.1). */
    public RunInfo(long id, String name, String description, int baseYear, int horizon, List<String> scenarios, List<RunLink> links,
            LocalDateTime created, String createdBy, long version) {
        this(id, name, description, baseYear, horizon, scenarios, links, created, createdBy, version, null);
    }
}
