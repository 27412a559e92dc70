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
        if (h.storage() != null && h.storage().guarded()) {
            System.out.println("Disk:     " + (h.storage().freeBytes() >> 20) + " MB free, reserve " + (h.storage().minFreeBytes() >> 20)
                    + " MB: " + (h.storage().writable() ? "changes accepted" : h.storage().message()));
        }
        if (h.storage() != null) {
            System.out.println("Backup:   " + (h.storage().newestBackup() == null ? "none found" : h.storage().newestBackup()));
        }
        return null;
    }
}
