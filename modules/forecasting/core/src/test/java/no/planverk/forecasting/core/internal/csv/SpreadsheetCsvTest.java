package no.planverk.forecasting.core.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Downloads defuse formula-like text cells and leave numbers alone. */
class SpreadsheetCsvTest {

    @Test
    void textThatASpreadsheetWouldRunGetsAnApostropheNumbersDoNot() {
        assertEquals("service,change,users\n'=1+2,-12,3\n'@SUM(A1),-0.5,+4\n'-heim,\"a,b\",'+x\n",
                SpreadsheetCsv.defuse("service,change,users\n=1+2,-12,3\n@SUM(A1),-0.5,+4\n-heim,\"a,b\",+x\n"));
        assertEquals("heimetenester", SpreadsheetCsv.cell("heimetenester"));
        assertEquals("1.5e3", SpreadsheetCsv.cell("1.5e3"));
        assertEquals("'\tx", SpreadsheetCsv.cell("\tx"));
    }

    @Test
    void aDownloadedFileComesBackAsItWas() {
        for (String name : new String[] {"=1+2", "@SUM(A1)", "-heim", "heim", "'quoted", "'"}) {
            assertEquals(name, no.planverk.platform.api.Fields.unguarded(SpreadsheetCsv.cell(name)));
        }
    }
}
