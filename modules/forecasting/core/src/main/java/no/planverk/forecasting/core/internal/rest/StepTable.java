package no.planverk.forecasting.core.internal.rest;

import java.util.List;
import no.planverk.forecasting.api.SavedRun;
import no.planverk.forecasting.api.staircase.Staircase;
import no.planverk.forecasting.api.staircase.StaircaseService;
import no.planverk.forecasting.api.staircase.StepTables;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.tabular.Csv;
import no.planverk.platform.tabular.Xlsx;

/** GET /runs/{id}?format=staircase (CSV) or staircase-xlsx: a saved run's demand per step of the staircase. */
final class StepTable {

    private StepTable() {
    }

    static ApiResponse answer(StaircaseService staircase, SavedRun run, boolean xlsx) {
        Staircase stairs = staircase.staircase();
        List<List<Object>> rows = StepTables.rows(staircase.demand(run.outcome().result()), stairs);
        String file = "forecast-" + run.info().id() + "-staircase";
        return xlsx ? ApiResponse.bytes(Xlsx.MEDIA_TYPE, Xlsx.write("staircase", StepTables.HEADER, rows), file + ".xlsx")
                : ApiResponse.bytes("text/csv;charset=UTF-8", Csv.bytes(StepTables.HEADER, rows, Csv.Style.PLAIN), file + ".csv");
    }
}
