package no.planverk.platform.core.internal.shell;

import no.planverk.platform.api.ModuleInfo;
import no.planverk.platform.api.ModuleRegistry;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "planverk", name = "modules", description = "Lists the installed Planverk modules")
public class ModulesCommand implements Action {

    @Reference
    ModuleRegistry registry;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Version");
        for (ModuleInfo m : registry.modules()) {
            table.addRow().addContent(m.id(), m.name(), m.version());
        }
        table.print(System.out);
        return null;
    }
}
