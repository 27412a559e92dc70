package no.planverk.measures.core.internal.shell;

import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasurePage;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.MeasureStatus;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "measures", name = "list", description = "Lists measures, filtered by plan, year, status, light or text")
public class ListMeasuresCommand implements Action {

    @Reference
    MeasureService measures;

    @Option(name = "--plan", description = "The plan's id")
    @Completion(PlanIdCompleter.class)
    Long plan;

    @Option(name = "--year", description = "Measures running this year")
    @Completion(YearCompleter.class)
    Integer year;

    @Option(name = "--status", description = "planned, started, ongoing, completed, postponed, cancelled")
    @Completion(MeasureStatusCompleter.class)
    String status;

    @Option(name = "--light", description = "green, yellow, red")
    @Completion(LightCompleter.class)
    String light;

    @Option(name = "--attention", description = "Only measures running late or without funding")
    boolean attention;

    @Option(name = "--text", description = "Part of the number, title, plan name, goal text or contact")
    String text;

    @Option(name = "--limit", description = "At most this many rows (default 200)")
    int limit = 200;

    @Override
    public Object execute() {
        MeasureStatus s = status == null ? null : MeasureStatus.parse(status).orElse(null);
        Light l = light == null ? null : Light.parse(light).orElse(null);
        if (status != null && s == null || light != null && l == null) {
            System.err.println("Unknown " + (status != null && s == null ? "status '" + status + "'" : "light '" + light + "'")
                    + "; see measures:list --help");
            return null;
        }
        MeasurePage page = measures.list(new MeasureQuery(plan, null, null, year, s, l, null, attention ? Boolean.TRUE : null, text,
                null, 0, limit));
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Id", "Plan", "No.", "Status", "Light", "%", "Years", "Cost (NOK)", "Title"}) {
            table.column(c);
        }
        for (Measure m : page.items()) {
            table.addRow().addContent(m.id(), m.planId() == null ? m.planName() : m.planId(), m.number(), m.status().id(),
                    m.light() == null ? "" : m.light().id(), m.percent(), years(m), m.totalCost(), m.title());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " measures");
        return null;
    }

    private static String years(Measure m) {
        return (m.fromYear() == null ? "" : m.fromYear()) + "-" + (m.toYear() == null ? "" : m.toYear());
    }
}
