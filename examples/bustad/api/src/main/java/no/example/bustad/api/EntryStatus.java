package no.example.bustad.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a position on the list stands: it waits, is offered a home, and is housed; an offer that is declined puts it
 * back to waiting; it may be withdrawn while open. Housed and withdrawn positions are closed.
 */
public enum EntryStatus {
    WAITING("waiting"),
    OFFERED("offered"),
    HOUSED("housed"),
    WITHDRAWN("withdrawn");

    private final String id;

    EntryStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The statuses one may move to from this one (staying is always allowed). */
    public Set<EntryStatus> next() {
        return switch (this) {
            case WAITING -> Set.of(OFFERED, WITHDRAWN);
            case OFFERED -> Set.of(WAITING, HOUSED, WITHDRAWN);
            case HOUSED, WITHDRAWN -> Set.of();
        };
    }

    public boolean canMoveTo(EntryStatus to) {
        return to == this || next().contains(to);
    }

    /** True while the position is on the list: waiting or offered. */
    public boolean open() {
        return this == WAITING || this == OFFERED;
    }

    public static Optional<EntryStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(t) || s.name().equalsIgnoreCase(t)).findFirst();
    }
}
