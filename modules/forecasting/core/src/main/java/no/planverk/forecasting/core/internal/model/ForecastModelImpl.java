package no.planverk.forecasting.core.internal.model;

import java.util.ArrayList;
import java.util.List;
import no.planverk.forecasting.api.ForecastModel;
import no.planverk.forecasting.api.ForecastRequest;
import no.planverk.forecasting.api.ForecastResult;
import no.planverk.forecasting.api.Scenario;
import no.planverk.forecasting.api.ServiceCost;
import no.planverk.forecasting.api.ServiceResult;
import no.planverk.forecasting.api.YearResult;
import org.osgi.service.component.annotations.Component;

/** The KS prognosis model; see the module's README for the formulas and a worked example. */
@Component(service = ForecastModel.class)
public final class ForecastModelImpl implements ForecastModel {

    @Override
    public ForecastResult run(ForecastRequest request) {
        Inputs in = Inputs.of(request);
        List<ServiceResult> services = new ArrayList<>(request.scenarios().size() * in.services.size() * in.years);
        for (Scenario scenario : request.scenarios()) {
            double[][] users = ScenarioRun.users(in, scenario);
            for (int y = 0; y < in.years; y++) {
                for (int s = 0; s < users.length; s++) {
                    services.add(result(in, scenario.name(), s, y, users[s][y]));
                }
            }
        }
        return new ForecastResult(request.baseYear(), request.horizon(), Demography.years(in), services);
    }

    private static ServiceResult result(Inputs in, String scenario, int s, int y, double users) {
        double base = in.baseUsers[s];
        double change = users - base;
        ServiceCost cost = in.costs[s];
        return new ServiceResult(scenario, in.services.get(s), in.request.baseYear() + y, users, change,
                base > 0 ? 100 * change / base : null,
                cost == null || cost.ftePerUser() == null ? null : users * cost.ftePerUser(),
                cost == null || cost.costPerUser() == null ? null : users * cost.costPerUser());
    }
}
