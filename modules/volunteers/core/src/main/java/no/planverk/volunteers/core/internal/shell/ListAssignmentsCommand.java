package no.planverk.volunteers.core.internal.shell;

import java.util.List;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentQuery;
import no.planverk.volunteers.api.AssignmentService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "volunteers", name = "assignments", description = "Lists volunteer assignments, by unit and open ones only")
public class ListAssignmentsCommand implements Action {

    @Reference
    AssignmentService assignments;

    @Reference
    OrgUnitService units;

    @Option(name = "--unit", description = "The unit's code (e.g. ALV-HO) or id; units below it are included")
    @Completion(UnitCompleter.class)
    String unit;

    @Option(name = "--open", description = "Only assignments that still need volunteers")
    boolean open;

    @Option(name = "--step", description = "Step 1-4 of the activity staircase")
    @Completion(StepCompleter.class)
    Integer step;

    @Override
    public Object execute() {
        Long unitId = null;
        if (unit != null) {
            unitId = units.findByCode(unit.strip().toUpperCase(java.util.Locale.ROOT)).map(OrgUnit::id)
                    .orElseGet(() -> unit.matches("\\d+") ? Long.valueOf(unit) : null);
            if (unitId == null) {
                System.err.println("Unknown unit '" + unit + "'; see planverk:units");
                return null;
            }
        }
        List<Assignment> list = assignments.list(new AssignmentQuery(unitId, open, step));
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Id", "Unit", "Step", "When", "Time", "Filled", "Place", "Title"}) {
            table.column(c);
        }
        for (Assignment a : list) {
            table.addRow().addContent(a.id(), units.find(a.unitId()).map(OrgUnit::code).orElse(String.valueOf(a.unitId())), a.step(),
                    when(a), a.schedule().from() + "-" + a.schedule().to(), a.filled() + "/" + a.needed(),
                    a.place() == null ? "" : a.place(), a.title());
        }
        table.print(System.out);
        System.out.println(list.size() + " assignments");
        return null;
    }

    static String when(Assignment a) {
        if (!a.schedule().recurring()) {
            return a.schedule().start().toString();
        }
        return "every " + a.schedule().weekday().name().substring(0, 3).toLowerCase(java.util.Locale.ROOT) + " from "
                + a.schedule().start() + (a.schedule().end() == null ? "" : " to " + a.schedule().end());
    }
}
