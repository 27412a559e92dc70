package no.planverk.competence.core.internal.shell;

import java.util.Locale;
import no.planverk.competence.api.FulltimeReport;
import no.planverk.competence.api.FulltimeService;
import no.planverk.competence.api.FulltimeYear;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "competence", name = "fulltime", description = "Full-time share and average position size per year, against target and national figures")
public class FulltimeCommand implements Action {

    @Reference
    FulltimeService fulltime;

    @Reference
    OrgUnitService units;

    @Argument(index = 0, name = "unit", required = true, description = "The unit's code or id (with the units below it)")
    @Completion(UnitCompleter.class)
    String unit;

    @Override
    public Object execute() {
        OrgUnit u = ShellUnits.find(units, unit);
        if (u == null) {
            return null;
        }
        FulltimeReport r = fulltime.report(u.id());
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Year", "Positions", "FTE", "Full time", "Average %", "Temporary", "Target", "National"}) {
            table.column(c);
        }
        for (FulltimeYear y : r.trend()) {
            table.addRow().addContent(y.stats().year(), y.stats().positions(), GapsCommand.fmt(y.stats().fte()),
                    percent(y.stats().fullTimeShare()), GapsCommand.fmt(y.stats().averagePercent()), percent(y.stats().temporaryShare()),
                    y.targetShare() == null ? "" : percent(y.targetShare()), y.nationalShare() == null ? "" : percent(y.nationalShare()));
        }
        table.print(System.out);
        return null;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
