package no.planverk.measures.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import no.planverk.measures.api.Funding;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureKind;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.Responsibility;
import no.planverk.measures.api.TransferFormat;
import no.planverk.measures.api.YearAmount;
import no.planverk.plans.api.Ownership;
import no.planverk.platform.api.transfer.ImportSummary;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: an import writes its new measures in JDBC batches, not through EclipseLink. The rows must be the ones a
 * measure saved through the service gets: every column, the links and years, the ids from the same generators.
 */
class ImportedRowsTest {

    @Test
    void anImportedMeasureIsStoredAsOneSavedThroughTheService() throws SQLException {
        try (MeasuresFixture saved = MeasuresFixture.inMemory(); MeasuresFixture imported = MeasuresFixture.inMemory()) {
            saved.directory(new MemoryPlans());
            imported.directory(new MemoryPlans());
            saved.measures().create(new MeasureDraft(100L, null, "4.1.2", "Fleire frivillige", "Rekruttere og ta vare på", List.of(1001L, 1002L),
                    "Betre helse", MeasureKind.MEASURE, null, "Frivilligsentralen", Responsibility.CROSS_SECTOR,
                    List.of(saved.units().id("ALV-HO"), saved.units().id("ALV-KUL")), "Kari Nordmann", 2025, 2027,
                    List.of(new YearAmount(2025, 650_000L, Funding.FUNDED), new YearAmount(2026, 700_000L, Funding.NOT_FUNDED),
                            new YearAmount(2027, null, Funding.WITHIN_FRAME)), Ownership.SHARED), MeasureTransferTest.PLANNER);
            saved.measures().create(MeasureDraft.of(200L, "7", "Berre nummer og tittel"), MeasureTransferTest.PLANNER);
            saved.measures().create(MeasureDraft.of(300L, "1", "Plan som berar").withUnits(List.of(saved.units().id("BRG-UH"))),
                    MeasureTransferTest.PLANNER);

            byte[] csv = saved.transfer().export(MeasureQuery.all(), TransferFormat.CSV);
            ImportSummary s = imported.transfer().importData(TransferFormat.CSV, csv, MeasureTransferTest.PLANNER);
            assertTrue(s.committed(), s.errors().toString());
            assertEquals(3, s.created());

            for (String table : List.of("PV_MEASURE", "PV_MEASURE_LINK", "PV_MEASURE_YEAR", "PV_MEASURES_IDS")) {
                assertEquals(rows(saved, table), rows(imported, table), table);
            }
        }
    }

    private static List<String> rows(MeasuresFixture f, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = f.jpa().dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select * from " + table + " order by 1")) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder r = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    r.append(md.getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                }
                out.add(r.toString());
            }
        }
        return out;
    }
}
