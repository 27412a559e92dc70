package no.planverk.platform.tabular;

import java.util.regex.Pattern;
import no.planverk.platform.api.Fields;

/**
 * The formula guard of every export: a cell that starts with = + - @, a tab or a carriage return would run as a formula
 * in a spreadsheet, so it is written with a leading apostrophe; a plain number such as -5 or -2.5 stays a number. An
 * import takes the apostrophe off again ({@link Fields#unguarded}).
 */
public final class Formulas {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private Formulas() {
    }

    /** The text of a cell as an export writes it: "" for null, guarded when formula-like. */
    public static String guard(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        return Fields.formulaLike(s) && !NUMBER.matcher(s).matches() ? "'" + s : s;
    }

    /** A cell as it was before an export guarded it. */
    public static String unguard(String cell) {
        return Fields.unguarded(cell);
    }
}
