package no.planverk.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.SchemaStep;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemaMigrationsImplTest {

    private EmbeddedDataSource ds;
    private SchemaMigrationsImpl migrations;

    @BeforeEach
    void setUp() {
        ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        migrations = new SchemaMigrationsImpl(ds);
    }

    @Test
    void aNewDatabaseStartsAtTheTargetWithoutRunningSteps() {
        assertEquals(0, migrations.currentVersion("u"));
        assertEquals(2, migrations.migrate("u", 2, List.of(new SchemaStep(2, "never", List.of("BROKEN SQL")))));
        assertEquals(2, migrations.currentVersion("u"));
    }

    @Test
    void runsTheStepsAboveTheStoredVersionInOrder() throws SQLException {
        migrations.migrate("u", 1, List.of());
        exec("CREATE TABLE T1 (A INTEGER)");
        List<SchemaStep> steps = List.of(
                new SchemaStep(3, "copy", List.of("INSERT INTO T2 SELECT A * 10 FROM T1")),
                new SchemaStep(2, "new table", List.of("CREATE TABLE T2 (B INTEGER)", "INSERT INTO T1 VALUES (4)")));
        assertEquals(3, migrations.migrate("u", 3, steps));
        assertEquals(40, single("SELECT B FROM T2"));
        assertEquals(3, migrations.migrate("u", 3, steps), "a second run does nothing");
        assertEquals(1, single("SELECT COUNT(*) FROM T2"));
    }

    @Test
    void aFailedStepIsRolledBackAndReported() throws SQLException {
        migrations.migrate("u", 1, List.of());
        exec("CREATE TABLE T1 (A INTEGER)");
        PlanverkException e = assertThrows(PlanverkException.class, () -> migrations.migrate("u", 2,
                List.of(new SchemaStep(2, "half", List.of("INSERT INTO T1 VALUES (1)", "INSERT INTO NOPE VALUES (1)")))));
        assertTrue(e.getMessage().contains("rolled back"), e.getMessage());
        assertEquals(0, single("SELECT COUNT(*) FROM T1"));
        assertEquals(1, migrations.currentVersion("u"));
    }

    @Test
    void refusesADatabaseFromANewerPlanverk() {
        migrations.migrate("u", 5, List.of());
        PlanverkException e = assertThrows(PlanverkException.class, () -> migrations.migrate("u", 4, List.of()));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute(sql);
        }
    }

    private int single(String sql) throws SQLException {
        DataSource d = ds;
        try (Connection c = d.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
