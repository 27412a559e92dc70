package no.planverk.measures.core.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.platform.persistence.internal.SchemaMigrationsImpl;
import no.planverk.platform.testing.LocalJpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: schema 1 had PV_MEASURE_PLAN on PLAN_KEY, a b-tree written per measure that no query needs. Opened by
 * today's unit (MeasuresStore runs step 2) it is gone and measures are written and found by plan. Schemas 1 and 2 had
 * PV_MEASURE_REPORT_MEASURE on MEASURE_ID alone; step 3 puts the report period in it. A new database starts at
 * version 3 as the steps leave an old one.
 */
class MeasuresSchemaStepsTest {

    @TempDir
    Path dir;

    @Test
    void step2DropsThePlanKeyIndexOfAnExistingDatabase() throws Exception {
        Path db = dir.resolve("planverk");
        try (LocalJpaTemplate old = LocalJpaTemplate.onDisk("planverk-measures-test", db)) {
            old.txExpr(TransactionType.Required, em -> em.createQuery("select count(m) from MeasureEntity m").getSingleResult());
            try (Connection c = old.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE INDEX PV_MEASURE_PLAN ON PV_MEASURE (PLAN_KEY)");
                oldReportIndex(s);
            }
            new SchemaMigrationsImpl(old.dataSource()).migrate(MeasuresStore.UNIT, 1, List.of());
            assertEquals(1, indexes(old, "PV_MEASURE_PLAN"));
        }
        try (LocalJpaTemplate now = LocalJpaTemplate.onDisk("planverk-measures-test", db)) {
            SchemaMigrationsImpl migrations = new SchemaMigrationsImpl(now.dataSource());
            new MeasuresStore(now, migrations);
            assertEquals(3, migrations.currentVersion(MeasuresStore.UNIT));
            assertEquals(0, indexes(now, "PV_MEASURE_PLAN"));
            now.tx(em -> MeasureWrites.insert(em, MeasureDraft.of(100L, "1", "Etter steg 2"), null));
            assertEquals(List.of("Etter steg 2"), now.txExpr(TransactionType.Required, em -> em.createQuery(
                    "select m.title from MeasureEntity m where m.planKey = :k", String.class).setParameter("k", "p:100").getResultList()));
        }
    }

    @Test
    void step3PutsTheReportPeriodInTheReportsMeasureIndex() throws Exception {
        Path db = dir.resolve("planverk");
        long id;
        try (LocalJpaTemplate old = LocalJpaTemplate.onDisk("planverk-measures-test", db)) {
            id = old.txExpr(TransactionType.Required, em -> MeasureWrites.insert(em, MeasureDraft.of(100L, "1", "Før steg 3"), null).id());
            try (Connection c = old.dataSource().getConnection(); Statement s = c.createStatement()) {
                oldReportIndex(s);
            }
            new SchemaMigrationsImpl(old.dataSource()).migrate(MeasuresStore.UNIT, 2, List.of());
        }
        try (LocalJpaTemplate now = LocalJpaTemplate.onDisk("planverk-measures-test", db)) {
            SchemaMigrationsImpl migrations = new SchemaMigrationsImpl(now.dataSource());
            new MeasuresStore(now, migrations);
            assertEquals(3, migrations.currentVersion(MeasuresStore.UNIT));
            assertEquals(0, indexes(now, "PV_MEASURE_REPORT_MEASURE"));
            assertEquals(List.of("MEASURE_ID", "PERIOD_YEAR", "PERIOD_PART"), columns(now, "PV_MEASURE_REPORT_MEASURE_PERIOD"));
            // the anti-join the index serves: the measure has no report for the period
            Object missing = now.txExpr(TransactionType.Required, em -> em.createQuery("select count(m) from MeasureEntity m where m.id = :id"
                    + " and not exists (select r from ReportEntity r where r.measureId = m.id and r.periodYear = 2026 and r.periodPart = 1)")
                    .setParameter("id", id).getSingleResult());
            assertEquals(Long.valueOf(1), missing);
        }
    }

    @Test
    void aNewDatabaseStartsAtVersion3AsTheStepsLeaveAnOldOne() throws Exception {
        try (LocalJpaTemplate jpa = LocalJpaTemplate.onDisk("planverk-measures-test", dir.resolve("new"))) {
            jpa.txExpr(TransactionType.Required, em -> em.createQuery("select count(m) from MeasureEntity m").getSingleResult());
            SchemaMigrationsImpl migrations = new SchemaMigrationsImpl(jpa.dataSource());
            new MeasuresStore(jpa, migrations);
            assertEquals(3, migrations.currentVersion(MeasuresStore.UNIT));
            assertEquals(0, indexes(jpa, "PV_MEASURE_PLAN"));
            assertEquals(1, indexes(jpa, "PV_MEASURE_ORDER"));
            assertEquals(0, indexes(jpa, "PV_MEASURE_REPORT_MEASURE"));
            assertEquals(List.of("MEASURE_ID", "PERIOD_YEAR", "PERIOD_PART"), columns(jpa, "PV_MEASURE_REPORT_MEASURE_PERIOD"));
        }
    }

    /** The reports' index of schemas 1 and 2. */
    private static void oldReportIndex(Statement s) throws SQLException {
        s.execute("DROP INDEX PV_MEASURE_REPORT_MEASURE_PERIOD");
        s.execute("CREATE INDEX PV_MEASURE_REPORT_MEASURE ON PV_MEASURE_REPORT (MEASURE_ID)");
    }

    /** The columns of an index, in order (JDBC's index info, so it reads the same on any database). */
    private static List<String> columns(LocalJpaTemplate jpa, String index) throws SQLException {
        List<String> columns = new java.util.ArrayList<>();
        try (Connection c = jpa.dataSource().getConnection();
                ResultSet rs = c.getMetaData().getIndexInfo(null, null, "PV_MEASURE_REPORT", false, false)) {
            while (rs.next()) {
                if (index.equals(rs.getString("INDEX_NAME"))) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }

    private static int indexes(LocalJpaTemplate jpa, String name) throws SQLException {
        try (Connection c = jpa.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM SYS.SYSCONGLOMERATES WHERE CONGLOMERATENAME = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
