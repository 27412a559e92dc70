package no.planverk.volunteers.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks shared by the drafts: trimmed text, limits, and lists of short words without duplicates. */
public final class Texts {

    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_WORD = 60;
    public static final int MAX_WORDS = 30;

    private Texts() {
    }

    /** Trimmed, lower-case, distinct words; an error for the field when one is too long, has '|' or there are too many. */
    public static List<String> words(Map<String, String> errors, String field, List<String> words) {
        if (words == null) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String w : words) {
            String t = w == null ? "" : w.strip().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() > MAX_WORD || t.contains("|")) {
                errors.put(field, field + ": each entry at most " + MAX_WORD + " characters, without '|'");
            }
            out.add(t);
        }
        if (out.size() > MAX_WORDS) {
            errors.put(field, field + ": at most " + MAX_WORDS + " entries");
        }
        return new ArrayList<>(out);
    }

    /** The list without nulls (JSON may send them), never null itself. */
    public static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).toList();
    }

    public static boolean isEmail(String s) {
        return s.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    public static boolean isPhone(String s) {
        return s.matches("\\+?[0-9 ]{5,20}");
    }
}
