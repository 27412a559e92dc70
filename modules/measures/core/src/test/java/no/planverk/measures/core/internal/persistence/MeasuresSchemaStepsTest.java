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
 * today's unit (MeasuresStore runs step 2) it is gone and measures are written and found by plan; a new database
 * starts at version 2 without it.
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
            }
            new SchemaMigrationsImpl(old.dataSource()).migrate(MeasuresStore.UNIT, 1, List.of());
            assertEquals(1, indexes(old, "PV_MEASURE_PLAN"));
        }
        try (LocalJpaTemplate now = LocalJpaTemplate.onDisk("planverk-measures-test", db)) {
            SchemaMigrationsImpl migrations = new SchemaMigrationsImpl(now.dataSource());
            new MeasuresStore(now, migrations);
            assertEquals(2, migrations.currentVersion(MeasuresStore.UNIT));
            assertEquals(0, indexes(now, "PV_MEASURE_PLAN"));
            now.tx(em -> MeasureWrites.insert(em, MeasureDraft.of(100L, "1", "Etter steg 2"), null));
            assertEquals(List.of("Etter steg 2"), now.txExpr(TransactionType.Required, em -> em.createQuery(
                    "select m.title from MeasureEntity m where m.planKey = :k", String.class).setParameter("k", "p:100").getResultList()));
        }
    }

    @Test
    void aNewDatabaseStartsAtVersion2WithoutThePlanKeyIndex() throws Exception {
        try (LocalJpaTemplate jpa = LocalJpaTemplate.onDisk("planverk-measures-test", dir.resolve("new"))) {
            jpa.txExpr(TransactionType.Required, em -> em.createQuery("select count(m) from MeasureEntity m").getSingleResult());
            SchemaMigrationsImpl migrations = new SchemaMigrationsImpl(jpa.dataSource());
            new MeasuresStore(jpa, migrations);
            assertEquals(2, migrations.currentVersion(MeasuresStore.UNIT));
            assertEquals(0, indexes(jpa, "PV_MEASURE_PLAN"));
            assertEquals(1, indexes(jpa, "PV_MEASURE_ORDER"));
        }
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
