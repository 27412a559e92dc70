package no.planverk.forecasting.ui.internal.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import no.planverk.forecasting.ui.internal.result.Table.Format;
import org.junit.jupiter.api.Test;

/** A table shows Norwegian formats and copies as plain numbers with a decimal comma, tab-separated. */
class TableTest {

    private final Table table = new Table().col("year", "År", Format.YEAR).col("users", "Brukarar", Format.NUMBER)
            .col("change", "Endring i %", Format.PERCENT_POINTS).col("share", "Del", Format.SHARE).col("cost", "Kostnad", Format.MONEY)
            .col("note", "Merknad", Format.TEXT).row(2050, 12345.678, -3.26, 0.0424, 987528698.4, "a\tb").row(2051, null, null, null, null, null);

    @Test
    void cellsAreNorwegian() {
        assertEquals("2050", table.cell(0, "year"));
        assertEquals("12\u00a0345,7", table.cell(0, "users"));
        assertEquals("-3,3 %", table.cell(0, "change"));
        assertEquals("4,24 %", table.cell(0, "share"));
        assertEquals("987\u00a0528\u00a0698 kr", table.cell(0, "cost"));
        assertEquals("", table.cell(1, "users"));
    }

    @Test
    void peopleAreWholeNumbers() {
        Table people = new Table().col("population", "Folketal", Format.PEOPLE).row(30000.0).row(11.7);
        assertEquals("30\u00a0000", people.cell(0, "population"), "not 30 000,0 people");
        assertEquals("12", people.cell(1, "population"), "rounded, not cut");
        assertEquals("Folketal\n30000\n12\n", people.tsv());
    }

    @Test
    void copiedTextPastesAsNumbers() {
        assertEquals("År\tBrukarar\tEndring i %\tDel\tKostnad\tMerknad\n"
                + "2050\t12345,7\t-3,3\t4,24\t987528698\ta b\n"
                + "2051\t\t\t\t\t\n", table.tsv());
    }
}
