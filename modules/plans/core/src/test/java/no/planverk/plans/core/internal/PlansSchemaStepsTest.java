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
import no.planverk.plans.core.internal.indicators.IndicatorServiceImpl;
import no.planverk.plans.core.internal.persistence.GoalEntity;
import no.planverk.plans.core.internal.persistence.IndicatorEntity;
import no.planverk.plans.core.internal.persistence.PlansStore;
import no.planverk.platform.persistence.internal.SchemaMigrationsImpl;
import no.planverk.platform.testing.LocalJpaTemplate;
import no.planverk.platform.testing.MemoryUnits;
import no.planverk.platform.testing.RecordingAudit;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database of schema 1 kept an indicator's actual values as "2021=1.9;2022=2.0" in PV_INDICATOR.ACTUALS and a
 * goal's SDGs as "3,10" in PV_GOAL.SDGS. Opened by today's plans unit (PlansStore: EclipseLink extends the tables,
 * then the migration runs steps 2, 3 and 4) they are rows of PV_INDICATOR_ACTUAL and PV_GOAL_SDG, read back through the
 * entities, and the old columns are gone.
 */
class PlansSchemaStepsTest {

    @TempDir
    Path dir;

    @Test
    void steps2And3MoveTheOldColumnsIntoTables() throws Exception {
        Path db = dir.resolve("planverk");
        try (LocalJpaTemplate old = LocalJpaTemplate.onDisk("planverk-plans-test", db)) {
            old.txExpr(TransactionType.Required, em -> em.createQuery("select count(i) from IndicatorEntity i").getSingleResult());
            try (Connection c = old.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE PV_INDICATOR ADD COLUMN ACTUALS VARCHAR(4000)");
                s.execute(row(1, "'2021=1.9;2022=2.0;2023=1.0E-4;2024=-3'"));
                s.execute(row(2, "NULL"));
                s.execute(row(3, "'2030=12.5'"));
                s.execute("ALTER TABLE PV_GOAL ADD COLUMN SDGS VARCHAR(60)");
                s.execute(goal(10, "'3,10,17'"));
                s.execute(goal(11, "NULL"));
                s.execute(goal(12, "'5'"));
            }
            new SchemaMigrationsImpl(old.dataSource()).migrate(PlansSchema.UNIT, 1, List.of());
        }
        try (LocalJpaTemplate now = LocalJpaTemplate.onDisk("planverk-plans-test", db)) {
            SchemaMigrationsImpl migrations = new SchemaMigrationsImpl(now.dataSource());
            new PlansStore(now, migrations);
            assertEquals(4, migrations.currentVersion(PlansSchema.UNIT));
            try (Connection c = now.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM PV_INDICATOR_ACTUAL WHERE ACTUAL_SOURCE = 'manual'")) {
                rs.next();
                assertEquals(5, rs.getLong(1), "step 4: the values stored before were typed in");
            }

            IndicatorServiceImpl indicators = IndicatorServiceImpl.using(now, new RecordingAudit(), new MemoryUnits());
            assertEquals(List.of(new IndicatorValue(2021, 1.9), new IndicatorValue(2022, 2.0), new IndicatorValue(2023, 1.0E-4),
                    new IndicatorValue(2024, -3)), indicators.find(1).orElseThrow().actuals());
            assertEquals(List.of(), indicators.find(2).orElseThrow().actuals());
            assertEquals(List.of(new IndicatorValue(2030, 12.5)), indicators.find(3).orElseThrow().actuals());
            GoalServiceImpl goals = new GoalServiceImpl(now, new RecordingAudit(), new MemoryUnits());
            assertEquals(List.of(3, 10, 17), goals.find(10).orElseThrow().sdgs());
            assertEquals(List.of(), goals.find(11).orElseThrow().sdgs());
            assertEquals(List.of(5), goals.find(12).orElseThrow().sdgs());
            try (Connection c = now.dataSource().getConnection()) {
                for (String[] gone : new String[][] {{"PV_INDICATOR", "ACTUALS"}, {"PV_GOAL", "SDGS"}}) {
                    try (ResultSet rs = c.getMetaData().getColumns(null, null, gone[0], gone[1])) {
                        assertFalse(rs.next(), "the old column is dropped: " + gone[1]);
                    }
                }
            }
            // the bulk deletes of GoalServiceImpl and PlanWrites take the rows of the new tables with them
            now.tx(TransactionType.Required, em -> {
                em.createQuery("delete from IndicatorEntity i where i.goalId in :ids").setParameter("ids", List.of(10L)).executeUpdate();
                em.createQuery("delete from GoalEntity g where g.id in :ids").setParameter("ids", List.of(10L, 11L, 12L)).executeUpdate();
            });
            assertEquals(0L, count(now, "PV_INDICATOR_ACTUAL"));
            assertEquals(0L, count(now, "PV_GOAL_SDG"));
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

    private static long count(LocalJpaTemplate jpa, String table) throws Exception {
        try (Connection c = jpa.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String goal(long id, String sdgs) {
        return "INSERT INTO PV_GOAL (ID, PLAN_ID, GOAL_LEVEL, GOAL_CODE, GOAL_TEXT, SEARCH_TEXT, SDGS, OWNERSHIP, POSITION_NO, ROW_VERSION)"
                + " VALUES (" + id + ", 1, 'main', 'G" + id + "', 'Fleire bur heime', 'g" + id + " fleire bur heime', " + sdgs
                + ", 'this-plan', " + id + ", 1)";
    }

    private static String row(long id, String actuals) {
        return "INSERT INTO PV_INDICATOR (ID, GOAL_ID, INDICATOR_NAME, UNIT_LABEL, BASE_YEAR, BASE_VALUE, TARGET_YEAR, TARGET_VALUE,"
                + " ACTUALS, ROW_VERSION) VALUES (" + id + ", 10, 'Del heimebuande', '%', 2020, 1.5, 2030, 3.0, " + actuals + ", 1)";
    }
}
