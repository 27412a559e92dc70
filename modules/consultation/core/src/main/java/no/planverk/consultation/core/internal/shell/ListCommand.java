package no.planverk.consultation.core.internal.shell;

import java.time.LocalDate;
import java.time.ZoneId;
import no.planverk.consultation.api.Consultation;
import no.planverk.consultation.api.ConsultationService;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.shell.ShellUser;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code consultation:list}: every consultation (open ones first) with its period, phase and number of submissions. */
@Service
@Command(scope = "consultation", name = "list", description = "List consultations: the open ones first, with period, phase and submissions")
public class ListCommand implements Action {

    @Reference
    ConsultationService consultations;

    @Option(name = "--plan", description = "Only the consultations of this plan (id)")
    @Completion(PlanIdCompleter.class)
    Long plan;

    /** The caller; the logged-in shell user when null (tests set it). */
    UserContext user;

    @Override
    public Object execute() {
        UserContext by = user != null ? user : ShellUser.current();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Plan").alignRight();
        table.column("Subject");
        table.column("Title");
        table.column("From");
        table.column("To");
        table.column("Phase");
        table.column("Submissions").alignRight();
        table.column("Published");
        for (Consultation c : plan == null ? consultations.list(by) : consultations.forPlan(plan, by)) {
            table.addRow().addContent(c.id(), c.planId(), c.subject().id(), c.title(), c.opensOn(), c.closesOn(), c.phase(today).id(),
                    c.submissions(), c.assessmentPublished() ? "yes" : "no");
        }
        table.print(System.out);
        return null;
    }
}
