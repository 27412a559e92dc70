package no.planverk.volunteers.api;

/** An open assignment suggested for a volunteer, with the score. */
public record AssignmentMatch(Assignment assignment, int score, Score parts) {
}
