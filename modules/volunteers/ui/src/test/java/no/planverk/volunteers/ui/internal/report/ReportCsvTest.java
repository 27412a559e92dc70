package no.planverk.volunteers.ui.internal.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.planverk.volunteers.api.EffortReport;
import no.planverk.volunteers.api.EffortReport.Total;
import org.junit.jupiter.api.Test;

/** The effort report's CSV: an organisation named like a formula is text in a spreadsheet. */
class ReportCsvTest {

    @Test
    void formulaLikeNamesGetAnApostrophe() {
        EffortReport r = new EffortReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("3.5"), 2, 1, List.of(),
                List.of(new Total("7", "=HYPERLINK(\"http://x\";\"y\")", new BigDecimal("3.5"), 2), new Total("8", "@lag", BigDecimal.ONE, 1)),
                List.of(), List.of());
        String csv = ReportCsv.write(r, x -> "Trinn " + x.key(), m -> m);
        assertTrue(csv.contains(";\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";3,5;2"), csv);
        assertTrue(csv.contains(";'@lag;1;1"), csv);
    }
}
