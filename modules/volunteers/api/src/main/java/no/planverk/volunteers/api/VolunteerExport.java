package no.planverk.volunteers.api;

import java.time.LocalDateTime;
import java.util.List;

/** Everything stored about one volunteer (the right of access, GDPR art. 15), written as JSON. */
public record VolunteerExport(LocalDateTime exportedAt, Volunteer volunteer, List<Placement> placements, List<HoursEntry> hours) {
}
