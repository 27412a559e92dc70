package no.planverk.forecasting.api.staircase;

import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.ForecastResult;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The municipality's activity and mastery staircase. Anyone reads it; planners change it (audited, with a version
 * check: {@link no.planverk.platform.api.StaleVersionException} when someone saved first). Until it is saved it is
 * the staircase of seed 004 chapter 4.1 with a step for the usual service names.
 */
@ProviderType
public interface StaircaseService {

    Staircase staircase();

    /** Replaces the steps and the services' steps; {@code version} is the one read (0 before the first save). */
    Staircase update(long version, List<StaircaseStep> steps, Map<String, Integer> services, UserContext by);

    /** A result's demand per scenario, year and step (steps bottom up, then step 0 for services with no step). */
    List<StepDemand> demand(ForecastResult result);
}
