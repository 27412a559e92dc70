package no.planverk.platform.api;

import java.util.Map;

/** Small helpers for validating drafts: trimmed text and length limits, errors collected per field. */
public final class Fields {

    private Fields() {
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
