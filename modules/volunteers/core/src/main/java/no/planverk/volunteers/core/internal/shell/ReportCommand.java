package no.planverk.volunteers.core.internal.shell;

import no.planverk.volunteers.api.EffortReport;
import no.planverk.volunteers.api.HoursService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "volunteers", name = "report", description = "The year's volunteer effort: hours per unit, organisation and step")
public class ReportCommand implements Action {

    @Reference
    HoursService hours;

    @Argument(index = 0, name = "year", description = "The year (default this year)")
    @Completion(YearCompleter.class)
    Integer year;

    @Override
    public Object execute() {
        EffortReport r = hours.yearly(year == null ? java.time.Year.now().getValue() : year);
        System.out.println("Volunteer effort " + r.from() + " - " + r.to() + ": " + r.hours() + " hours in " + r.entries() + " entries by "
                + r.volunteers() + " volunteers");
        print("Unit", r.byUnit());
        print("Organisation", r.byOrganisation());
        print("Step", r.byStep());
        return null;
    }

    private static void print(String what, java.util.List<EffortReport.Total> totals) {
        ShellTable table = new ShellTable();
        table.column(what);
        table.column("Hours").alignRight();
        table.column("Entries").alignRight();
        totals.forEach(t -> table.addRow().addContent(t.name(), t.hours(), t.entries()));
        table.print(System.out);
    }
}
