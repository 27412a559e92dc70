package no.planverk.volunteers.api;

import java.time.LocalDate;
import java.util.List;

/** A line of the volunteer list: enough to choose, without contact data. */
public record VolunteerSummary(long id, String name, VolunteerStatus status, Long organisationId, List<String> skills,
        LocalDate certificateExpires, long version) {
}
