package no.planverk.volunteers.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a volunteer stands: an applicant is checked and becomes active; an active volunteer may pause and
 * come back; anyone may be archived, and an archived volunteer may apply again.
 */
public enum VolunteerStatus {
    APPLICANT("applicant"),
    ACTIVE("active"),
    PAUSED("paused"),
    ARCHIVED("archived");

    private final String id;

    VolunteerStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The statuses one may move to from this one. */
    public Set<VolunteerStatus> next() {
        return switch (this) {
            case APPLICANT -> Set.of(ACTIVE, ARCHIVED);
            case ACTIVE -> Set.of(PAUSED, ARCHIVED);
            case PAUSED -> Set.of(ACTIVE, ARCHIVED);
            case ARCHIVED -> Set.of(APPLICANT);
        };
    }

    public boolean canMoveTo(VolunteerStatus to) {
        return next().contains(to);
    }

    public static Optional<VolunteerStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(t) || s.name().equalsIgnoreCase(t)).findFirst();
    }
}
