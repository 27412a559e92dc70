package no.planverk.forecasting.core.internal.model;

import no.planverk.forecasting.api.Ageing;
import no.planverk.forecasting.api.CustomFactor;
import no.planverk.forecasting.api.ForecastRequest;
import no.planverk.forecasting.api.ModelVersion;
import no.planverk.forecasting.api.Scenario;
import no.planverk.forecasting.api.WelfareTech;

/** Users[service][year − t0] under one scenario: ageing, then custom factors, then the welfare technology shift. */
final class ScenarioRun {

    private ScenarioRun() {
    }

    static double[][] users(Inputs in, Scenario scenario) {
        double[][] users = new double[in.services.size()][in.years];
        ForecastRequest request = in.request;
        for (int y = 0; y < in.years; y++) {
            double delay = scenario.ageing() == Ageing.DELAYED ? Delay.years(request.delayPerYear(), request.baseYear(),
                    request.baseYear() + y) : 0;
            for (int s = 0; s < users.length; s++) {
                users[s][y] = sum(in.population[y], in.rates[s], delay, request.modelVersion());
            }
        }
        if (scenario.customFactors()) {
            applyFactors(in, users);
        }
        if (scenario.welfareTech()) {
            shift(in, users);
        }
        return users;
    }

    /** Σ_a pop(a) · r(a − d), r as the model version defines it; with d = 0 this is the normal Σ_a pop(a) · r(a). */
    private static double sum(double[] population, RateTable rates, double delay, ModelVersion version) {
        double sum = 0;
        for (int a = 0; a < population.length; a++) {
            double rate = delay == 0 ? rates.at(a) : version == ModelVersion.STEPPED ? rates.at(a - delay) : rates.averaged(a, delay);
            sum += population[a] * rate;
        }
        return sum;
    }

    private static void applyFactors(Inputs in, double[][] users) {
        int t0 = in.request.baseYear();
        for (CustomFactor factor : in.request.customFactors()) {
            int s = in.index(factor.service(), "customFactors");
            for (int y = Math.max(0, factor.fromYear() - t0); y <= Math.min(in.years - 1, factor.toYear() - t0); y++) {
                users[s][y] *= factor.factor();
            }
        }
    }

    /** Moves share(t) = shareAtHorizon · (t − t0) / (horizon − t0) of the from-service's users to the to-service. */
    private static void shift(Inputs in, double[][] users) {
        WelfareTech tech = in.request.welfareTech();
        int from = in.index(tech.fromService(), "welfareTech");
        int to = in.index(tech.toService(), "welfareTech");
        int span = in.years - 1;
        for (int y = 1; y <= span; y++) {
            double moved = users[from][y] * tech.shareAtHorizon() * y / span;
            users[from][y] -= moved;
            users[to][y] += moved;
        }
    }
}
