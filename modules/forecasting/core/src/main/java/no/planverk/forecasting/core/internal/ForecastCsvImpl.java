package no.planverk.forecasting.core.internal;

import java.util.List;
import no.planverk.forecasting.api.DementiaRate;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.PopulationProjection;
import no.planverk.forecasting.api.ServiceUsers;
import org.osgi.service.component.annotations.Component;

/** Parses the model's CSV inputs with commons-csv. */
@Component(service = ForecastCsv.class)
public final class ForecastCsvImpl implements ForecastCsv {

    @Override
    public PopulationProjection population(byte[] content) {
        return PopulationCsv.parse(content);
    }

    @Override
    public List<ServiceUsers> serviceUsers(byte[] content) {
        return ServiceUsersCsv.parse(content);
    }

    @Override
    public List<DementiaRate> dementiaRates(byte[] content) {
        return DementiaCsv.parse(content);
    }
}
