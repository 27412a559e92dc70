package no.planverk.platform.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.DatabaseBackup;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Derby's online backup (SYSCS_UTIL.SYSCS_BACKUP_DATABASE): writers wait for the copy, readers go on. */
@Component(service = DatabaseBackup.class)
public class DatabaseBackupImpl implements DatabaseBackup {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackupImpl.class);
    static final String NOT_DERBY = "Online backup is for the embedded Derby database";
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataSource dataSource;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public DatabaseBackupImpl(@Reference(target = "(osgi.jndi.service.name=planverk)") DataSource dataSource, @Reference AuditLog audit) {
        this(dataSource, audit, Clock.system(ZoneId.of("Europe/Oslo")));
    }

    DatabaseBackupImpl(DataSource dataSource, AuditLog audit, Clock clock) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Path backup(Path directory, UserContext by) {
        by.require(Role.ADMIN);
        Path target = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target);
        } catch (IOException | SecurityException e) {
            throw InvalidInputException.field("directory", Message.of("platform.backup.folder",
                    "The folder {0} cannot be created: {1}", target.toString(), String.valueOf(e.getMessage())));
        }
        if (!Files.isWritable(target)) {
            throw InvalidInputException.field("directory", Message.of("platform.backup.notWritable",
                    "The folder {0} is not writable.", target.toString()));
        }
        Path into = target.resolve("planverk-" + LocalDateTime.now(clock).format(STAMP));
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (!"Apache Derby".equals(product)) {
                throw new InvalidInputException(NOT_DERBY + "; " + product
                        + " is backed up with its own tools (pg_dump for PostgreSQL)");
            }
            Files.createDirectories(into);
            try (CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, into.toString());
                call.execute();
            }
        } catch (SQLException | IOException e) {
            throw new InvalidInputException(Message.of("platform.backup.failed", "The backup into {0} failed: {1}",
                    into.toString(), DatabaseHealthImpl.rootMessage(e)));
        }
        audit.record(by, "backup", "Database", into.toString(), null, null);
        LOG.info("Database backup by {} in {}", by.username(), into);
        return into;
    }
}
