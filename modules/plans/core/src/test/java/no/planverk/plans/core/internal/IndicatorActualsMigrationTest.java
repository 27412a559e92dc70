package no.planverk.plans.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import no.planverk.plans.api.IndicatorValue;
import no.planverk.plans.core.internal.persistence.PlansSchema;
import no.planverk.platform.persistence.internal.SchemaMigrationsImpl;
import no.planverk.platform.testing.LocalJpaTemplate;
import no.planverk.platform.testing.MemoryUnits;
import no.planverk.platform.testing.RecordingAudit;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database of schema 1 kept an indicator's actual values as "2021=1.9;2022=2.0" in PV_INDICATOR.ACTUALS. Opened by
 * today's plans unit (PlansStore: EclipseLink extends the tables, then the migration runs step 2) the values are
 * rows of PV_INDICATOR_ACTUAL, read back through the entity, and the old column is gone.
 */
class IndicatorActualsMigrationTest {

    @TempDir
    Path dir;

    @Test
    void step2MovesTheOldColumnIntoTheTable() throws Exception {
        Path db = dir.resolve("planverk");
        try (LocalJpaTemplate old = LocalJpaTemplate.onDisk("planverk-plans-test", db)) {
            old.txExpr(TransactionType.Required, em -> em.createQuery("select count(i) from IndicatorEntity i").getSingleResult());
            try (Connection c = old.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE PV_INDICATOR ADD COLUMN ACTUALS VARCHAR(4000)");
                s.execute(row(1, "'2021=1.9;2022=2.0;2023=1.0E-4;2024=-3'"));
                s.execute(row(2, "NULL"));
                s.execute(row(3, "'2030=12.5'"));
            }
            new SchemaMigrationsImpl(old.dataSource()).migrate(PlansSchema.UNIT, 1, List.of());
        }
        try (LocalJpaTemplate now = LocalJpaTemplate.onDisk("planverk-plans-test", db)) {
            SchemaMigrationsImpl migrations = new SchemaMigrationsImpl(now.dataSource());
            new PlansStore(now, migrations);
            assertEquals(2, migrations.currentVersion(PlansSchema.UNIT));

            IndicatorServiceImpl indicators = new IndicatorServiceImpl(now, new RecordingAudit(), new MemoryUnits());
            assertEquals(List.of(new IndicatorValue(2021, 1.9), new IndicatorValue(2022, 2.0), new IndicatorValue(2023, 1.0E-4),
                    new IndicatorValue(2024, -3)), indicators.find(1).orElseThrow().actuals());
            assertEquals(List.of(), indicators.find(2).orElseThrow().actuals());
            assertEquals(List.of(new IndicatorValue(2030, 12.5)), indicators.find(3).orElseThrow().actuals());
            try (Connection c = now.dataSource().getConnection();
                    ResultSet rs = c.getMetaData().getColumns(null, null, "PV_INDICATOR", "ACTUALS")) {
                assertFalse(rs.next(), "the old column is dropped");
            }
        }
    }

    @Test
    void aNewDatabaseStartsAtTheNewSchemaWithoutSteps() {
        try (LocalJpaTemplate jpa = LocalJpaTemplate.inMemory("planverk-plans-test")) {
            SchemaMigrationsImpl migrations = new SchemaMigrationsImpl(jpa.dataSource());
            new PlansStore(jpa, migrations);
            assertEquals(PlansSchema.VERSION, migrations.currentVersion(PlansSchema.UNIT));
        }
    }

    private static String row(long id, String actuals) {
        return "INSERT INTO PV_INDICATOR (ID, GOAL_ID, INDICATOR_NAME, UNIT_LABEL, BASE_YEAR, BASE_VALUE, TARGET_YEAR, TARGET_VALUE,"
                + " ACTUALS, ROW_VERSION) VALUES (" + id + ", 10, 'Del heimebuande', '%', 2020, 1.5, 2030, 3.0, " + actuals + ", 1)";
    }
}
