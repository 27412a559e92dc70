package no.planverk.forecasting.api;

import org.osgi.annotation.versioning.ProviderType;

/** The forecasting model: a pure function of its request. */
@ProviderType
public interface ForecastModel {

    /**
     * Runs every scenario of the request for every year from t0 to the horizon.
     *
     * @throws no.planverk.platform.api.InvalidInputException if the inputs do not fit together
     */
    ForecastResult run(ForecastRequest request);
}
