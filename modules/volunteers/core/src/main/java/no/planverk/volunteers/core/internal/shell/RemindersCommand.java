package no.planverk.volunteers.core.internal.shell;

import java.util.List;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.shell.ShellUser;
import no.planverk.volunteers.api.Reminder;
import no.planverk.volunteers.api.VolunteerService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "volunteers", name = "reminders", description = "Police certificates expiring and volunteers without an assignment"
        + " (coordinators)")
public class RemindersCommand implements Action {

    @Reference
    VolunteerService volunteers;

    @Option(name = "--days", description = "Certificates expiring within this many days (default: as configured, 30)")
    Integer days;

    @Option(name = "--months", description = "Active volunteers without an assignment for this many months (default: as configured, 6)")
    Integer months;

    @Override
    public Object execute() {
        UserContext user = ShellUser.current();
        List<Reminder> list = days == null && months == null ? volunteers.reminders(user)
                : volunteers.reminders(days == null ? 30 : days, months == null ? 6 : months, user);
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Kind", "Volunteer", "Name", "Date", "Message"}) {
            table.column(c);
        }
        for (Reminder r : list) {
            table.addRow().addContent(r.kind().name().toLowerCase(java.util.Locale.ROOT), r.volunteerId(), r.name(), r.date(), r.message());
        }
        table.print(System.out);
        System.out.println(list.size() + " reminders");
        return null;
    }
}
