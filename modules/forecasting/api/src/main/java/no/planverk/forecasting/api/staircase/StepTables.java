package no.planverk.forecasting.api.staircase;

import java.util.ArrayList;
import java.util.List;

/** The demand per step as a table for downloads (CSV, XLSX): one row per scenario, year and step. */
public final class StepTables {

    public static final List<String> HEADER = List.of("scenario", "year", "category", "step", "step_name", "users", "fte", "cost",
            "services");

    private StepTables() {
    }

    /** The rows, step names from {@code staircase} (empty for step 0, the services with no step); FTE and cost null when not known. */
    public static List<List<Object>> rows(List<StepDemand> demand, Staircase staircase) {
        List<List<Object>> rows = new ArrayList<>();
        for (StepDemand d : demand) {
            String name = staircase.step(d.step()).map(StaircaseStep::name).orElse("");
            List<Object> row = new ArrayList<>(List.of(d.scenario(), d.year(), d.category(), d.step(), name, round(d.users())));
            row.add(d.fte() == null ? null : round(d.fte()));
            row.add(d.cost() == null ? null : round(d.cost()));
            row.add(String.join("; ", d.services()));
            rows.add(row);
        }
        return rows;
    }

    private static Double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
