package ${package}.api;

/**
 * What a user enters for an item. Checked here, so that the HTTP API answers 400 with the fields and the UI shows the
 * reasons next to them, in the user's language: each problem is a Planverk {@code Message} with a key
 * ({@code ${moduleId}.*}) whose texts the core's message catalog holds.
 *
 * @param name 1 to {@value #MAX_NAME} characters, unique (the service checks that)
 * @param note optional, at most {@value #MAX_NOTE} characters; kept out of the audit trail
 */
public record ItemDraft(String name, String note) {

    public static final int MAX_NAME = 100;
    public static final int MAX_NOTE = 500;

    public ItemDraft {
        Problems problems = new Problems();
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            problems.add("name", "${moduleId}.item.name.required", "Give the item a name");
        } else if (name.length() > MAX_NAME) {
            problems.add("name", "${moduleId}.item.name.tooLong", "The name is at most {0} characters, not {1}", MAX_NAME, name.length());
        }
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > MAX_NOTE) {
            problems.add("note", "${moduleId}.item.note.tooLong", "The note is at most {0} characters, not {1}", MAX_NOTE, note.length());
        }
        problems.check();
    }
}
