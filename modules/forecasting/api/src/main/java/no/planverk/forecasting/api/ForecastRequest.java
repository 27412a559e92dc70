package no.planverk.forecasting.api;

import java.util.ArrayList;
import java.util.List;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/**
 * One run of the model from {@code baseYear} (t0) to {@code horizon}. {@code delayPerYear} is k in
 * d(t) = k·(t − t0). {@code costs}, {@code dementia}, {@code places}, {@code welfareTech} and
 * {@code customFactors} are optional (empty or null); {@code scenarios} defaults to normal and delayed;
 * {@code modelVersion} to {@link ModelVersion#CURRENT} (a saved run asks for the version it was saved with).
 */
public record ForecastRequest(PopulationProjection population, List<ServiceUsers> serviceUsers, List<ServiceCost> costs,
        List<DementiaRate> dementia, InstitutionPlaces places, int baseYear, int horizon, double delayPerYear,
        WelfareTech welfareTech, List<CustomFactor> customFactors, List<Scenario> scenarios, ModelVersion modelVersion) {

    /** One year of delay per decade. */
    public static final double DEFAULT_DELAY_PER_YEAR = 0.1;

    public ForecastRequest {
        if (population == null) {
            throw InvalidInputException.field("population", Message.of("forecasting.request.population",
                    "A population projection is needed"));
        }
        if (serviceUsers == null || serviceUsers.isEmpty()) {
            throw InvalidInputException.field("serviceUsers", Message.of("forecasting.request.serviceUsers",
                    "Service users in the base year are needed"));
        }
        if (horizon < baseYear) {
            throw InvalidInputException.field("horizon", Message.of("forecasting.request.horizon",
                    "The horizon {0} is before the base year {1}", String.valueOf(horizon), String.valueOf(baseYear)));
        }
        if (!(delayPerYear >= 0) || Double.isInfinite(delayPerYear)) {
            throw InvalidInputException.field("delayPerYear", Message.of("forecasting.request.delay",
                    "The delay per year must be 0 or more, not {0}", String.valueOf(delayPerYear)));
        }
        serviceUsers = List.copyOf(serviceUsers);
        costs = costs == null ? List.of() : List.copyOf(costs);
        dementia = dementia == null ? List.of() : List.copyOf(dementia);
        customFactors = customFactors == null ? List.of() : List.copyOf(customFactors);
        scenarios = scenarios == null || scenarios.isEmpty() ? List.of(Scenario.NORMAL, Scenario.DELAYED) : List.copyOf(scenarios);
        modelVersion = modelVersion == null ? ModelVersion.CURRENT : modelVersion;
    }

    /** A request on the current model version (the constructor of API 1.1). */
    public ForecastRequest(PopulationProjection population, List<ServiceUsers> serviceUsers, List<ServiceCost> costs,
            List<DementiaRate> dementia, InstitutionPlaces places, int baseYear, int horizon, double delayPerYear,
            WelfareTech welfareTech, List<CustomFactor> customFactors, List<Scenario> scenarios) {
        this(population, serviceUsers, costs, dementia, places, baseYear, horizon, delayPerYear, welfareTech, customFactors,
                scenarios, null);
    }

    /** The same request on another model version. */
    public ForecastRequest withModelVersion(ModelVersion version) {
        return new ForecastRequest(population, serviceUsers, costs, dementia, places, baseYear, horizon, delayPerYear, welfareTech,
                customFactors, scenarios, version);
    }

    public static Builder builder(PopulationProjection population, List<ServiceUsers> serviceUsers, int baseYear, int horizon) {
        return new Builder(population, serviceUsers, baseYear, horizon);
    }

    /** Builds a request with the defaults for what is not set. */
    public static final class Builder {
        private final PopulationProjection population;
        private final List<ServiceUsers> serviceUsers;
        private final int baseYear;
        private final int horizon;
        private List<ServiceCost> costs = List.of();
        private List<DementiaRate> dementia = List.of();
        private InstitutionPlaces places;
        private double delayPerYear = DEFAULT_DELAY_PER_YEAR;
        private WelfareTech welfareTech;
        private List<CustomFactor> customFactors = List.of();
        private final List<Scenario> scenarios = new ArrayList<>();
        private ModelVersion modelVersion = ModelVersion.CURRENT;

        private Builder(PopulationProjection population, List<ServiceUsers> serviceUsers, int baseYear, int horizon) {
            this.population = population;
            this.serviceUsers = serviceUsers;
            this.baseYear = baseYear;
            this.horizon = horizon;
        }

        public Builder costs(List<ServiceCost> value) {
            costs = value;
            return this;
        }

        public Builder dementia(List<DementiaRate> value) {
            dementia = value;
            return this;
        }

        public Builder places(InstitutionPlaces value) {
            places = value;
            return this;
        }

        public Builder delayPerYear(double value) {
            delayPerYear = value;
            return this;
        }

        public Builder welfareTech(WelfareTech value) {
            welfareTech = value;
            return this;
        }

        public Builder customFactors(List<CustomFactor> value) {
            customFactors = value;
            return this;
        }

        public Builder scenarios(Scenario... value) {
            scenarios.addAll(List.of(value));
            return this;
        }

        public Builder modelVersion(ModelVersion value) {
            modelVersion = value;
            return this;
        }

        public ForecastRequest build() {
            return new ForecastRequest(population, serviceUsers, costs, dementia, places, baseYear, horizon, delayPerYear,
                    welfareTech, customFactors, scenarios, modelVersion);
        }
    }
}
