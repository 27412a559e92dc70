package no.planverk.volunteers.api;

import java.util.List;

/** A volunteer suggested for an assignment, with the score and what the coordinator should know. */
public record Match(long volunteerId, String name, int score, Score parts, List<Conflict> warnings) {
}
