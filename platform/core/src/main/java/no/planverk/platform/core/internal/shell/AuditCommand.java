package no.planverk.platform.core.internal.shell;

import no.planverk.platform.api.AuditEntry;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.AuditQuery;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "planverk", name = "audit", description = "Shows the newest entries of the audit trail")
public class AuditCommand implements Action {

    @Reference
    AuditLog audit;

    @Option(name = "-n", description = "How many entries (1-1000)")
    int count = 20;

    @Option(name = "-t", description = "Only this entity type, e.g. OrgUnit")
    @Completion(AuditTypeCompleter.class)
    String type;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Time (UTC)");
        table.column("Actor");
        table.column("Action");
        table.column("Type");
        table.column("Id");
        for (AuditEntry e : audit.find(new AuditQuery(type, null, 0, count))) {
            table.addRow().addContent(e.time(), e.actor(), e.action(), e.entityType(), e.entityId());
        }
        table.print(System.out);
        return null;
    }
}
