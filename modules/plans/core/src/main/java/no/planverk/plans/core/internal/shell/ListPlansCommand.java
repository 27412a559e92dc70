package no.planverk.plans.core.internal.shell;

import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanPage;
import no.planverk.plans.api.PlanQuery;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.PlanType;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "plans", name = "list", description = "Lists the plans, filtered by type, status or text")
public class ListPlansCommand implements Action {

    @Reference
    PlanService plans;

    @Option(name = "--type", description = "planstrategi, samfunnsdel, kommunedelplan, temaplan, strategi, handlingsplan, planprogram, other")
    @Completion(PlanTypeCompleter.class)
    String type;

    @Option(name = "--status", description = "preparation, consultation, political, returned, in-force, revision, expired, replaced")
    @Completion(PlanStatusCompleter.class)
    String status;

    @Option(name = "--text", description = "Part of the code, title, responsible person or decision reference")
    String text;

    @Option(name = "--limit", description = "At most this many rows (default 200)")
    int limit = 200;

    @Override
    public Object execute() {
        PlanType t = type == null ? null : PlanType.parse(type).orElse(null);
        PlanStatus s = status == null ? null : PlanStatus.parse(status).orElse(null);
        if (type != null && t == null || status != null && s == null) {
            System.err.println("Unknown " + (t == null && type != null ? "type '" + type + "'" : "status '" + status + "'")
                    + "; see plans:list --help");
            return null;
        }
        PlanPage page = plans.list(new PlanQuery(t, s, null, null, text, "code", 0, limit));
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Id", "Code", "Type", "Status", "Period", "Title"}) {
            table.column(c);
        }
        for (Plan p : page.items()) {
            table.addRow().addContent(p.id(), p.code(), p.type().id(), p.status().id(), p.period(), p.title());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " plans");
        return null;
    }
}
