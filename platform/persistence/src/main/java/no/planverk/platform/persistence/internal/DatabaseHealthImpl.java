package no.planverk.platform.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import no.planverk.platform.api.DatabaseHealth;
import no.planverk.platform.api.DatabaseStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the data source and logs one clear ERROR when it stops answering (and one INFO when it is
 * back), not one per call.
 */
@Component(service = DatabaseHealth.class, immediate = true)
public class DatabaseHealthImpl implements DatabaseHealth {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealthImpl.class);
    static final String ADVICE = "Check that the database directory (data/derby by default) is writable and that "
            + "no other Planverk or Karaf process uses it, or check etc/org.ops4j.datasource-planverk.cfg.";

    private final DataSource dataSource;
    private final AtomicReference<Boolean> lastOk = new AtomicReference<>();

    @Activate
    public DatabaseHealthImpl(@Reference(target = "(osgi.jndi.service.name=planverk)") DataSource dataSource) {
        this.dataSource = dataSource;
        check();
    }

    @Override
    public DatabaseStatus check() {
        DatabaseStatus status;
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            status = c.isValid(5) ? new DatabaseStatus(true, product, "OK")
                    : new DatabaseStatus(false, product, "The database did not answer in 5 seconds. " + ADVICE);
        } catch (SQLException | RuntimeException e) {
            status = new DatabaseStatus(false, null, "Database unavailable: " + rootMessage(e) + " " + ADVICE);
        }
        Boolean before = lastOk.getAndSet(status.ok());
        if (!status.ok() && !Boolean.FALSE.equals(before)) {
            LOG.error("{}", status.message());
        } else if (status.ok() && Boolean.FALSE.equals(before)) {
            LOG.info("Database available again: {}", status.product());
        }
        return status;
    }

    /** The innermost message: Derby hides the useful one ("Another instance ...") at the end of the chain. */
    static String rootMessage(Throwable e) {
        Throwable last = e;
        for (Throwable t = e; t != null; t = next(t)) {
            if (t.getMessage() != null) {
                last = t;
            }
        }
        return last.getMessage() == null ? last.getClass().getSimpleName() : last.getMessage();
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SQLException s && s.getNextException() != null) {
            return s.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
