package no.planverk.competence.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by the bridge to the forecasting module: the FTE a saved forecast run needs per year. Competence tracks
 * it dynamically; without it, recruitment gaps against a forecast are not available.
 */
@ConsumerType
public interface FteForecasts {

    /** The saved forecast runs. */
    List<ForecastRun> runs();

    /**
     * FTE per year of the run under the scenario, summed over the services that have an FTE figure; an empty list when
     * none has (the run has no costs input with FTE per user); empty when there is no such run or scenario.
     */
    Optional<List<YearValue>> fte(long runId, String scenario);
}
