package no.planverk.forecasting.core.internal.csv;

import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.DementiaRate;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastResult;
import no.planverk.forecasting.api.HousingCapacity;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.PopulationFile;
import no.planverk.forecasting.api.PopulationProjection;
import no.planverk.forecasting.api.ServiceCost;
import no.planverk.forecasting.api.ServiceUsers;
import no.planverk.forecasting.core.internal.io.SsbPopulation;
import org.osgi.service.component.annotations.Component;

/** Parses the model's CSV inputs with commons-csv and writes them back in canonical form. */
@Component(service = ForecastCsv.class)
public final class ForecastCsvImpl implements ForecastCsv {

    @Override
    public PopulationProjection population(byte[] content) {
        return population(content, Map.of()).population();
    }

    /** Planverk's CSV, or SSB's JSON-stat 2.0 or PxWeb CSV as {@link SsbPopulation} recognises them. */
    @Override
    public PopulationFile population(byte[] content, Map<String, String> choices) {
        return SsbPopulation.read(content, choices == null ? Map.of() : choices)
                .orElseGet(() -> new PopulationFile(PopulationCsv.parse(content), null));
    }

    @Override
    public List<ServiceUsers> serviceUsers(byte[] content) {
        return ServiceUsersCsv.parse(content);
    }

    @Override
    public List<DementiaRate> dementiaRates(byte[] content) {
        return DementiaCsv.parse(content);
    }

    @Override
    public List<ServiceCost> costs(byte[] content) {
        return CostsCsv.parse(content);
    }

    @Override
    public List<HousingCapacity> housing(byte[] content) {
        return HousingCsv.parse(content);
    }

    @Override
    public Object parse(InputKind kind, byte[] content) {
        return switch (kind) {
            case POPULATION -> population(content);
            case SERVICE_USERS -> serviceUsers(content);
            case COSTS -> costs(content);
            case DEMENTIA -> dementiaRates(content);
            case HOUSING -> housing(content);
        };
    }

    @Override
    public String write(PopulationProjection population) {
        return CsvWriter.population(population);
    }

    @Override
    public String write(InputKind kind, List<?> rows) {
        return CsvWriter.rows(kind, rows);
    }

    @Override
    public String usersCsv(ForecastResult result) {
        return SpreadsheetCsv.defuse(CsvWriter.users(result));
    }

    @Override
    public String resultCsv(ForecastResult result) {
        return SpreadsheetCsv.defuse(CsvWriter.result(result));
    }

    @Override
    public String yearsCsv(ForecastResult result) {
        return SpreadsheetCsv.defuse(CsvWriter.years(result));
    }
}
