package no.planverk.forecasting.core.internal.shell;

import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.InputInfo;
import no.planverk.forecasting.api.RunInfo;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "forecast", name = "list", description = "Lists stored forecast inputs and saved runs")
public class RunsCommand implements Action {

    @Reference
    ForecastService forecasts;

    @Override
    public Object execute() {
        ShellTable inputs = new ShellTable();
        for (String c : new String[] {"Id", "Kind", "Name", "Rows", "Summary", "Updated"}) {
            inputs.column(c);
        }
        for (InputInfo i : forecasts.inputs(null)) {
            inputs.addRow().addContent(i.id(), i.kind().id(), i.name(), i.rows(), i.summary(), i.updated());
        }
        System.out.println("Inputs");
        inputs.print(System.out);
        ShellTable runs = new ShellTable();
        for (String c : new String[] {"Id", "Name", "Years", "Scenarios", "Links", "Created by"}) {
            runs.column(c);
        }
        for (RunInfo r : forecasts.runs()) {
            runs.addRow().addContent(r.id(), r.name(), r.baseYear() + "-" + r.horizon(), String.join(",", r.scenarios()), r.links().size(),
                    r.createdBy());
        }
        System.out.println("Saved runs");
        runs.print(System.out);
        return null;
    }
}
