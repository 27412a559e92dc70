package no.planverk.measures.core.internal.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import no.planverk.measures.api.FollowUpReport;
import no.planverk.measures.api.FollowUpReportService;
import no.planverk.measures.api.StatusReport;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "measures", name = "report", description = "The annual follow-up report of a plan: printed, or written as a PDF")
public class ReportCommand implements Action {

    @Reference
    FollowUpReportService reports;

    @Argument(index = 0, name = "plan", required = true, description = "The plan's id, or its name when the plans module is not installed")
    @Completion(PlanCompleter.class)
    String plan;

    @Argument(index = 1, name = "year", required = true, description = "The year, e.g. 2025")
    @Completion(YearCompleter.class)
    int year;

    @Option(name = "--pdf", description = "Write the report as a PDF to this file")
    @Completion(FileCompleter.class)
    String pdf;

    @Option(name = "--lang", description = "nn (default), nb or en")
    @Completion(LanguageCompleter.class)
    String lang = "nn";

    @Override
    public Object execute() throws IOException {
        FollowUpReport r = plan.matches("\\d{1,18}") ? reports.build(Long.valueOf(plan), null, year) : reports.build(null, plan, year);
        if (pdf != null) {
            Path file = Path.of(pdf).toAbsolutePath();
            Files.write(file, reports.pdf(r, Locale.forLanguageTag(lang)));
            System.out.println("Wrote " + file);
            return null;
        }
        System.out.println("Follow-up " + r.year() + ": " + r.planName());
        for (FollowUpReport.Section s : r.sections()) {
            System.out.println();
            System.out.println(s.goalText() == null ? "(no goal)" : (s.goalCode() == null ? "" : s.goalCode() + " ") + s.goalText());
            ShellTable table = new ShellTable();
            for (String c : new String[] {"No.", "Status", "Light", "%", "Cost", "Spent", "Title", "Comment"}) {
                table.column(c);
            }
            for (FollowUpReport.Line l : s.lines()) {
                StatusReport rep = l.report();
                table.addRow().addContent(l.measure().number(), rep == null ? "not reported" : rep.status().id(),
                        rep == null ? "" : rep.light().id(), rep == null ? "" : rep.percent(), l.costNok(), l.spentNok(),
                        l.measure().title(), rep == null || rep.comment() == null ? "" : rep.comment());
            }
            table.print(System.out);
        }
        FollowUpReport.Totals t = r.totals();
        System.out.println(t.measures() + " measures, " + t.completed() + " completed, " + t.reported() + " reported; cost "
                + t.costNok() + " NOK, spent " + t.spentNok() + " NOK");
        return null;
    }
}
