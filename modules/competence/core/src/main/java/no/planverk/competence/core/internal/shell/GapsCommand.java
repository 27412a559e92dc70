package no.planverk.competence.core.internal.shell;

import java.util.Locale;
import no.planverk.competence.api.CategoryGap;
import no.planverk.competence.api.Gap;
import no.planverk.competence.api.GapReport;
import no.planverk.competence.api.RequirementService;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "competence", name = "gaps", description = "Required against available FTE per unit and category; statutory deviations marked")
public class GapsCommand implements Action {

    @Reference
    RequirementService requirements;

    @Reference
    OrgUnitService units;

    @Argument(index = 0, name = "unit", description = "The unit's code or id (with the units below it); all units when left out")
    @Completion(UnitCompleter.class)
    String unit;

    @Option(name = "--year", description = "Register year (default: the newest)")
    @Completion(RegisterYearCompleter.class)
    Integer year;

    @Override
    public Object execute() {
        Long unitId = null;
        if (unit != null) {
            OrgUnit u = ShellUnits.find(units, unit);
            if (u == null) {
                return null;
            }
            unitId = u.id();
        }
        GapReport report = requirements.gaps(unitId, year);
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Unit", "Category", "Required FTE", "Available FTE", "Gap", "Statutory"}) {
            table.column(c);
        }
        for (Gap g : report.gaps()) {
            table.addRow().addContent(g.unitCode(), g.category().label(), fmt(g.requiredFte()), fmt(g.availableFte()), fmt(g.gap()),
                    g.deviation() ? "DEVIATION: " + g.reference() : g.statutory() ? "met: " + g.reference() : "");
        }
        table.print(System.out);
        for (CategoryGap c : report.categories()) {
            System.out.printf("%-45s required %8s, available %8s, shortfall %8s%n", c.category().label(), fmt(c.requiredFte()),
                    fmt(c.availableFte()), fmt(c.shortfall()));
        }
        System.out.println(report.gaps().size() + " requirements in register year " + (report.year() == null ? "-" : report.year()) + ", "
                + report.deviations().size() + " deviations from statutory requirements");
        return null;
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
