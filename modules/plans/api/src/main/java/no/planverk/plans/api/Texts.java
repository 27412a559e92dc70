package no.planverk.plans.api;

import java.util.Map;

/** Small helpers shared by the drafts' validation. */
final class Texts {

    private Texts() {
    }

    /** Trimmed text, or null when blank. */
    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    static void checkLength(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, field + ": at most " + max + " characters (now " + value.length() + ")");
        }
    }
}
