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

    /** Saved runs that give FTE (their request has FTE per user for some service). */
    List<ForecastRun> runs();

    /**
     * FTE per year of the run under the scenario, summed over its services (services without an FTE figure count 0);
     * empty when there is no such run or scenario.
     */
    Optional<List<YearValue>> fte(long runId, String scenario);
}
