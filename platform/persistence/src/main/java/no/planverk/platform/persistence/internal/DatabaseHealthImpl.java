package no.planverk.platform.persistence.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import no.planverk.platform.api.DatabaseBackup;
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
            status = new DatabaseStatus(false, null, unavailable(e));
        }
        Boolean before = lastOk.getAndSet(status.ok());
        if (!status.ok() && !Boolean.FALSE.equals(before)) {
            LOG.error("{}", status.message());
        } else if (status.ok() && Boolean.FALSE.equals(before)) {
            LOG.info("Database available again: {}", status.product());
        }
        return status;
    }

    /** Why the database is unavailable and what to do: a database that cannot recover names the newest backup. */
    static String unavailable(Throwable e) {
        String root = rootMessage(e);
        if (!cannotRecover(e)) {
            return "Database unavailable: " + root + " " + ADVICE;
        }
        Path database = StorageGuardImpl.databaseHome().resolve("planverk");
        return "The database in " + database + " cannot be opened: it did not recover (" + root + "). "
                + Backups.newest(DatabaseBackup.defaultDirectory())
                        .map(b -> "The newest backup is " + b.toAbsolutePath() + ". " + Backups.restoreAdvice(b.toAbsolutePath(), database))
                        .orElse("No backup was found in " + DatabaseBackup.defaultDirectory().toAbsolutePath()
                                + "; restore one from elsewhere, or move the folder aside to start with an empty database.");
    }

    /**
     * Derby could not boot the database because its files are damaged: a failed recovery, a damaged log or data page
     * (not a lock, a missing folder or a full disk).
     */
    static boolean cannotRecover(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            String state = t instanceof SQLException s && s.getSQLState() != null ? s.getSQLState() : "";
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("Recovery failed") || m.contains("Invalid checksum") || state.equals("XSDG2")
                    || state.startsWith("XSDB") || state.startsWith("XSLA") && !state.equals("XSLAT")) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message: Derby hides the useful one ("Another instance ...") at the end of the chain. */
    static String rootMessage(Throwable e) {
        Throwable last = e;
        for (Throwable t = e; t != null; t = next(t)) {
            if (t.getMessage() != null) {
                last = t;
            }
        }
        if (last.getMessage() == null) {
            return last.getClass().getSimpleName();
        }
        // Derby appends page dumps to some messages: the first line is what a person needs
        String m = last.getMessage().split("\\R", 2)[0].replaceAll(",? page dump follows.*", "");
        return m.length() > 300 ? m.substring(0, 300) + " …" : m;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SQLException s && s.getNextException() != null) {
            return s.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
