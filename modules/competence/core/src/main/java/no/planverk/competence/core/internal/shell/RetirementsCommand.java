package no.planverk.competence.core.internal.shell;

import no.planverk.competence.api.RetirementParams;
import no.planverk.competence.api.RetirementProjection;
import no.planverk.competence.api.RetirementService;
import no.planverk.competence.api.RetirementYear;
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
@Command(scope = "competence", name = "retirements", description = "Expected retirements, leavers and recruitment need per year (FTE)")
public class RetirementsCommand implements Action {

    @Reference
    RetirementService retirements;

    @Reference
    OrgUnitService units;

    @Argument(index = 0, name = "unit", required = true, description = "The unit's code or id (with the units below it)")
    @Completion(UnitCompleter.class)
    String unit;

    @Option(name = "--years", description = "Years ahead (default from etc/no.planverk.competence.cfg)")
    Integer years;

    @Option(name = "--retirement-age", description = "Retirement age (default 62)")
    Integer retirementAge;

    @Option(name = "--turnover", description = "Yearly turnover rate, e.g. 0.08")
    Double turnover;

    @Override
    public Object execute() {
        OrgUnit u = ShellUnits.find(units, unit);
        if (u == null) {
            return null;
        }
        RetirementParams p = RetirementParams.of(years, retirementAge, turnover, retirements.defaults());
        RetirementProjection r = retirements.project(u.id(), null, p);
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Year", "Retirements", "Leavers", "Recruitment need", "Today's staff left"}) {
            table.column(c);
        }
        for (RetirementYear y : r.totals()) {
            table.addRow().addContent(y.year(), GapsCommand.fmt(y.retirements()), GapsCommand.fmt(y.leavers()),
                    GapsCommand.fmt(y.recruitmentNeed()), GapsCommand.fmt(y.projectedFte()));
        }
        table.print(System.out);
        System.out.printf("%s, register %d: %s FTE, %s FTE aged 55 or more; retirement at %d, turnover %.1f %%%n", u.code(), r.baseYear(),
                GapsCommand.fmt(r.baseFte()), GapsCommand.fmt(r.aged55plusFte()), p.retirementAge(), p.turnoverRate() * 100);
        return null;
    }
}
