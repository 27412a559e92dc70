package no.planverk.platform.core.internal.http;

import no.planverk.platform.api.DatabaseHealth;
import no.planverk.platform.api.DatabaseStatus;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.StorageGuard;
import no.planverk.platform.api.StorageStatus;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Status, version and database state: DOWN when the database does not answer or is missing,
 * STARTING while the platform's persistence services are not up yet, else UP.
 */
@Component(service = HealthReport.class)
public class HealthReport {

    /** {@code storage} is null until the storage guard runs; its {@code writable} false means changes are refused. */
    public record Health(String status, String version, DatabaseStatus database, StorageStatus storage) {
    }

    private final String version;
    private volatile DatabaseHealth database;
    private volatile OrgUnitService units;
    private volatile StorageGuard storage;

    @Activate
    public HealthReport(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setDatabase(DatabaseHealth d) {
        database = d;
    }

    void unsetDatabase(DatabaseHealth d) {
        if (database == d) {
            database = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setUnits(OrgUnitService u) {
        units = u;
    }

    void unsetUnits(OrgUnitService u) {
        if (units == u) {
            units = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setStorage(StorageGuard s) {
        storage = s;
    }

    void unsetStorage(StorageGuard s) {
        if (storage == s) {
            storage = null;
        }
    }

    public Health report() {
        DatabaseHealth d = database;
        DatabaseStatus db = d != null ? d.check()
                : new DatabaseStatus(false, null, "No database connection is configured or it failed to start: "
                        + "check etc/org.ops4j.datasource-planverk.cfg and the log (log:display).");
        String status = !db.ok() ? "DOWN" : units == null ? "STARTING" : "UP";
        StorageGuard s = storage;
        return new Health(status, version, db, s == null ? null : s.status());
    }
}
