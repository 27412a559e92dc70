package ${package}.api;

import java.util.LinkedHashMap;
import java.util.Map;
import no.planverk.platform.api.InvalidInputException;

/**
 * What a user enters for an item. Checked here, so that the HTTP API answers 400 with the fields and the UI shows the
 * reasons next to them.
 *
 * @param name 1 to {@value #MAX_NAME} characters, unique (the service checks that)
 * @param note optional, at most {@value #MAX_NOTE} characters; kept out of the audit trail
 */
public record ItemDraft(String name, String note) {

    public static final int MAX_NAME = 100;
    public static final int MAX_NOTE = 500;

    public ItemDraft {
        Map<String, String> errors = new LinkedHashMap<>();
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            errors.put("name", "Give the item a name");
        } else if (name.length() > MAX_NAME) {
            errors.put("name", "The name is at most " + MAX_NAME + " characters, not " + name.length());
        }
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > MAX_NOTE) {
            errors.put("note", "The note is at most " + MAX_NOTE + " characters, not " + note.length());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(String.join("; ", errors.values()), errors);
        }
    }
}
