package no.planverk.platform.core.internal.shell;

import no.planverk.platform.core.internal.http.HealthReport;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "planverk", name = "health", description = "Shows whether Planverk and its database are up")
public class HealthCommand implements Action {

    @Reference
    HealthReport health;

    @Override
    public Object execute() {
        HealthReport.Health h = health.report();
        System.out.println("Status:   " + h.status());
        System.out.println("Version:  " + h.version());
        System.out.println("Database: " + (h.database().product() == null ? "-" : h.database().product()));
        System.out.println("          " + h.database().message());
        return null;
    }
}
