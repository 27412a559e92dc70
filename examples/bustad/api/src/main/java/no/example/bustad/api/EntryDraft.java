package no.example.bustad.api;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a caseworker enters for a position on the list. Checked here, so the HTTP API answers 400 with the fields (in
 * English) and the UI shows the reasons in the user's language (each a Planverk {@code Message} with a key {@code bustad.*}): the reference is 3-20 letters, digits or '-' and never a national identity number; the unit
 * is a Planverk organisation unit id (the service checks that it exists); the note is at most {@value #MAX_NOTE}
 * characters and must not hold personal data.
 *
 * @param reference the case's reference code, e.g. {@code BU-2025-014}; stored in upper case
 * @param unitId    the local centre or unit that the home is sought at ({@code OrgUnitService} id)
 * @param step      the step of the housing staircase
 * @param listedOn  the day the position was put on the list, not in the future
 * @param status    waiting when null
 * @param note      optional
 */
public record EntryDraft(String reference, Long unitId, HousingStep step, LocalDate listedOn, EntryStatus status, String note) {

    public static final int MAX_NOTE = 500;

    public EntryDraft {
        Problems problems = new Problems();
        reference = reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
        if (!reference.matches("[A-Z0-9][A-Z0-9-]{2,19}")) {
            problems.add("reference", "bustad.entry.reference.format", "The reference is 3-20 letters, digits or ''-'', such as BU-2025-014");
        } else if (reference.matches("\\d{11}")) {
            problems.add("reference", "bustad.entry.reference.personal",
                    "The reference must not be a national identity number: the list holds no personal data");
        }
        if (unitId == null || unitId <= 0) {
            problems.add("unitId", "bustad.entry.unit.required", "Choose the unit the home is sought at");
        }
        if (step == null) {
            problems.add("step", "bustad.entry.step.required",
                    "Choose a step of the housing staircase: tilrettelagd-bustad, omsorgsbustad, bemanna-bustad or sjukeheim");
        }
        if (listedOn == null) {
            problems.add("listedOn", "bustad.entry.listedOn.required", "Give the day the position was put on the list");
        }
        status = status == null ? EntryStatus.WAITING : status;
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > MAX_NOTE) {
            problems.add("note", "bustad.entry.note.tooLong", "The note is at most {0} characters, not {1}", MAX_NOTE, note.length());
        }
        problems.check();
    }
}
