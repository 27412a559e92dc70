package no.planverk.volunteers.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** Checks shared by the drafts: trimmed text, limits, and lists of short words without duplicates. */
public final class Texts {

    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_WORD = 60;
    public static final int MAX_WORDS = 30;

    private Texts() {
    }

    /**
     * Trimmed, lower-case, distinct words; an error (with its message key) for the field when one is too long, has '|' or
     * there are too many.
     */
    public static List<String> checkedWords(Map<String, Message> errors, String field, List<String> words) {
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
                errors.put(field, Message.of("volunteers.field.word", "{0}: each entry at most {1} characters, without ''|''", field,
                        String.valueOf(MAX_WORD)));
            }
            out.add(t);
        }
        if (out.size() > MAX_WORDS) {
            errors.put(field, Message.of("volunteers.field.tooMany", "{0}: at most {1} entries", field, String.valueOf(MAX_WORDS)));
        }
        return new ArrayList<>(out);
    }

    /** An error for the field when {@code value} is longer than {@code max}. */
    public static void checkLength(Map<String, Message> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, Message.of("volunteers.field.tooLong", "{0}: at most {1} characters (now {2})", field,
                    String.valueOf(max), String.valueOf(value.length())));
        }
    }

    /** Throws an {@link InvalidInputException} with {@code whole} and every bad field, when there are any. */
    public static void throwIfAny(Map<String, Message> errors, Message whole) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(whole, errors);
        }
    }

    /** As {@link #checkedWords}, with the errors in English only (the form of API 1.1). */
    public static List<String> words(Map<String, String> errors, String field, List<String> words) {
        Map<String, Message> checked = new LinkedHashMap<>();
        List<String> out = checkedWords(checked, field, words);
        checked.forEach((f, m) -> errors.put(f, m.english()));
        return out;
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
