package no.planverk.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.testing.RecordingAudit;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseBackupImplTest {

    static final UserContext ADMIN = UserContext.of("admin", Role.ADMIN);

    static EmbeddedDataSource derby(Path dir, boolean create) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.toString());
        if (create) {
            ds.setCreateDatabase("create");
        }
        return ds;
    }

    @Test
    void theBackupOpensAsADatabaseWithTheCommittedRows(@TempDir Path tmp) throws SQLException {
        EmbeddedDataSource live = derby(tmp.resolve("live/planverk"), true);
        try (Connection c = live.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE T (N INT)");
            s.execute("INSERT INTO T VALUES (1), (2), (3)");
        }
        RecordingAudit audit = new RecordingAudit();
        Path into = new DatabaseBackupImpl(live, audit).backup(tmp.resolve("backups"), ADMIN);
        assertTrue(into.getFileName().toString().startsWith("planverk-"), into.toString());
        assertEquals("backup", audit.calls().get(0).action());

        // restore = use the copied folder as the database
        EmbeddedDataSource restored = derby(into.resolve("planverk"), false);
        try (Connection c = restored.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT SUM(N) FROM T")) {
            r.next();
            assertEquals(6, r.getInt(1));
        }
    }

    @Test
    void onlyAdminsAndOnlyToAWritableFolder(@TempDir Path tmp) throws Exception {
        EmbeddedDataSource live = derby(tmp.resolve("live/planverk"), true);
        DatabaseBackupImpl backup = new DatabaseBackupImpl(live, new RecordingAudit());
        assertThrows(AccessDeniedException.class, () -> backup.backup(tmp.resolve("b"), UserContext.of("planlegg", Role.PLANNER)));
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> backup.backup(file, ADMIN));
        assertTrue(e.getMessage().contains("cannot be created"), e.getMessage());
    }
}
