package no.planverk.platform.api;

import java.util.Map;

/** Small helpers for validating drafts: trimmed text and length limits, errors collected per field. */
public final class Fields {

    /** The first characters that make a spreadsheet run a cell as a formula: = + - @, tab, carriage return. */
    public static final String FORMULA_START = "=+-@\t\r";

    private Fields() {
    }

    /** True when a spreadsheet would run {@code text} as a formula (an export puts an apostrophe before it). */
    public static boolean formulaLike(String text) {
        return text != null && !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0;
    }

    /** A cell as it was before an export guarded it against formulas: "'=x" is "=x"; anything else stays as it is. */
    public static String unguarded(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && formulaLike(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** Trimmed text, or null when blank. */
    public static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    public static void checkLength(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, field + ": at most " + max + " characters (now " + value.length() + ")");
        }
    }

    /** Throws an {@link InvalidInputException} naming every bad field, when there are any. */
    public static void throwIfAny(Map<String, String> errors, String what) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(what + " has errors: " + String.join("; ", errors.values()), errors);
        }
    }
}
