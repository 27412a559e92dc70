package no.planverk.platform.core.internal.shell;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "planverk", name = "units", description = "Lists the organisation units")
public class UnitsCommand implements Action {

    @Reference
    OrgUnitService units;

    @Override
    public Object execute() {
        Map<Long, OrgUnit> byId = units.list().stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Code");
        table.column("Name");
        table.column("Parent");
        for (OrgUnit u : byId.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList()) {
            OrgUnit parent = u.parentId() == null ? null : byId.get(u.parentId());
            table.addRow().addContent(u.id(), u.code(), u.name(), parent == null ? "" : parent.code());
        }
        table.print(System.out);
        return null;
    }
}
