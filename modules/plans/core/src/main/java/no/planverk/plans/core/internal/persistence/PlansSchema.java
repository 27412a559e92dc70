package no.planverk.plans.core.internal.persistence;

import java.util.List;
import no.planverk.platform.api.SchemaStep;

/**
 * The schema versions of the plans unit and the steps between them. EclipseLink creates tables and columns from the
 * entities; a step does what it cannot: move data, drop what is no longer mapped.
 */
public final class PlansSchema {

    public static final String UNIT = "planverk-plans";
    public static final int VERSION = 2;

    /** Digits 0..9, joined four times into the positions 1..10000 of a text (Derby has no recursive queries). */
    private static final String DIGITS = "PV_MIGRATE_DIGIT";
    private static final String POSITIONS = "(SELECT a.D + 10 * b.D + 100 * c.D + 1000 * d.D + 1 AS P FROM " + DIGITS + " a, " + DIGITS
            + " b, " + DIGITS + " c, " + DIGITS + " d)";

    /**
     * 2: an indicator's actual values move from the text column ACTUALS ("2021=1.9;2022=2.0") to the table
     * PV_INDICATOR_ACTUAL (one row per year), and the column goes. A pair starts where the text with a ';' put in
     * front has a ';' (position 1 or after a ';') and runs to the next ';'.
     */
    static final SchemaStep INDICATOR_ACTUALS = new SchemaStep(2, "indicator actuals in their own table", List.of(
            "CREATE TABLE " + DIGITS + " (D INTEGER NOT NULL)",
            "INSERT INTO " + DIGITS + " VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)",
            "INSERT INTO PV_INDICATOR_ACTUAL (INDICATOR_ID, ACTUAL_YEAR, ACTUAL_VALUE)"
                    + " SELECT x.ID, INTEGER(TRIM(SUBSTR(x.PAIR, 1, LOCATE('=', x.PAIR) - 1))), DOUBLE(TRIM(SUBSTR(x.PAIR, LOCATE('=', x.PAIR) + 1)))"
                    + " FROM (SELECT i.ID, " + guarded("SUBSTR(i.ACTUALS || ';', n.P, LOCATE(';', i.ACTUALS || ';', n.P) - n.P)") + " AS PAIR"
                    + " FROM PV_INDICATOR i, " + POSITIONS + " n WHERE i.ACTUALS IS NOT NULL"
                    + " AND " + guarded("SUBSTR(';' || i.ACTUALS, n.P, 1)") + " = ';') x"
                    + " WHERE LOCATE('=', x.PAIR) > 1",
            "DROP TABLE " + DIGITS,
            "ALTER TABLE PV_INDICATOR DROP COLUMN ACTUALS"));

    /** Derby may evaluate a SUBSTR before the filter on the position: only inside the text, else ''. */
    private static String guarded(String substr) {
        return "CASE WHEN n.P <= LENGTH(i.ACTUALS) THEN " + substr + " ELSE '' END";
    }

    private PlansSchema() {
    }

    /** Every step, oldest first. */
    public static List<SchemaStep> steps() {
        return List.of(INDICATOR_ACTUALS);
    }
}
