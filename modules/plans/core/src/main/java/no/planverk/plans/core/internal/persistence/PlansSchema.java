package no.planverk.plans.core.internal.persistence;

import java.util.List;
import no.planverk.platform.api.SchemaStep;

/**
 * The schema versions of the plans unit and the steps between them. EclipseLink creates tables and columns from the
 * entities; a step does what it cannot: move data, drop what is no longer mapped.
 */
public final class PlansSchema {

    public static final String UNIT = "planverk-plans";
    public static final int VERSION = 4;

    /** Digits 0..9, joined four times into the positions 1..10000 of a text (Derby has no recursive queries). */
    private static final String DIGITS = "PV_MIGRATE_DIGIT";
    private static final String POSITIONS = "(SELECT a.D + 10 * b.D + 100 * c.D + 1000 * d.D + 1 AS P FROM " + DIGITS + " a, " + DIGITS
            + " b, " + DIGITS + " c, " + DIGITS + " d)";

    /**
     * 2: an indicator's actual values move from the text column ACTUALS ("2021=1.9;2022=2.0") to the table
     * PV_INDICATOR_ACTUAL (one row per year), and the column goes.
     */
    static final SchemaStep INDICATOR_ACTUALS = new SchemaStep(2, "indicator actuals in their own table", moveList("PV_INDICATOR",
            "ACTUALS", ';', "PV_INDICATOR_ACTUAL (INDICATOR_ID, ACTUAL_YEAR, ACTUAL_VALUE)",
            "INTEGER(TRIM(SUBSTR(x.ITEM, 1, LOCATE('=', x.ITEM) - 1))), DOUBLE(TRIM(SUBSTR(x.ITEM, LOCATE('=', x.ITEM) + 1)))",
            "LOCATE('=', x.ITEM) > 1"));

    /** 3: a goal's SDG numbers move from the text column SDGS ("3,10") to the table PV_GOAL_SDG, and the column goes. */
    static final SchemaStep GOAL_SDGS = new SchemaStep(3, "goal SDGs in their own table", moveList("PV_GOAL", "SDGS", ',',
            "PV_GOAL_SDG (GOAL_ID, SDG)", "INTEGER(TRIM(x.ITEM))", "LENGTH(TRIM(x.ITEM)) > 0"));

    /**
     * 4: each actual value keeps its source and import date (columns ACTUAL_SOURCE, IMPORTED_ON, and the indicator's
     * SOURCE_* columns, added by EclipseLink); the values stored before were typed in: "manual".
     */
    static final SchemaStep ACTUAL_SOURCES = new SchemaStep(4, "indicator actuals keep their source", List.of(
            "UPDATE PV_INDICATOR_ACTUAL SET ACTUAL_SOURCE = 'manual' WHERE ACTUAL_SOURCE IS NULL"));

    /**
     * The statements that move a text column of {@code sep}-separated items into rows ({@code into}: the table and its columns, the owner's id first;
     * {@code values}: the others computed from {@code x.ITEM}; {@code keep}: which items count) and drop the column. An item starts where the text with a
     * {@code sep} put in front has one (position 1, or after a {@code sep}) and runs to the next.
     */
    private static List<String> moveList(String table, String column, char sep, String into, String values, String keep) {
        String text = "t." + column;
        String s = "'" + sep + "'";
        String item = "SUBSTR(" + text + " || " + s + ", n.P, LOCATE(" + s + ", " + text + " || " + s + ", n.P) - n.P)";
        String starts = "SUBSTR(" + s + " || " + text + ", n.P, 1)";
        return List.of("CREATE TABLE " + DIGITS + " (D INTEGER NOT NULL)",
                "INSERT INTO " + DIGITS + " VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)",
                "INSERT INTO " + into + " SELECT x.ID, " + values
                        + " FROM (SELECT t.ID, " + inside(text, item) + " AS ITEM FROM " + table + " t, " + POSITIONS + " n"
                        + " WHERE " + text + " IS NOT NULL AND " + inside(text, starts) + " = " + s + ") x WHERE " + keep,
                "DROP TABLE " + DIGITS,
                "ALTER TABLE " + table + " DROP COLUMN " + column);
    }

    /** Derby may evaluate a SUBSTR before the filter on the position: only inside the text, else ''. */
    private static String inside(String text, String substr) {
        return "CASE WHEN n.P <= LENGTH(" + text + ") THEN " + substr + " ELSE '' END";
    }

    /** Every step, oldest first. */
    public static List<SchemaStep> steps() {
        return List.of(INDICATOR_ACTUALS, GOAL_SDGS, ACTUAL_SOURCES);
    }
}
