package no.example.bustad.api;

import java.time.LocalDate;

/**
 * A position on the waiting list.
 *
 * @param position the place in the queue among the open positions for the same step at the same unit, 1 first (the
 *                 earliest listed); null once housed or withdrawn
 * @param version  the optimistic-locking version to send back with a change
 */
public record WaitingEntry(long id, String reference, long unitId, HousingStep step, LocalDate listedOn, EntryStatus status,
        String note, Integer position, long version) {

    /** The entry's fields as a draft, to change some of them. */
    public EntryDraft draft() {
        return new EntryDraft(reference, unitId, step, listedOn, status, note);
    }
}
