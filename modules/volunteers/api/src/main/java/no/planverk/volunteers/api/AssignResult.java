package no.planverk.volunteers.api;

import java.util.List;

/** The placement made and the conflicts found; the coordinator decides, so conflicts do not stop it. */
public record AssignResult(Placement placement, List<Conflict> conflicts) {

    public AssignResult {
        conflicts = List.copyOf(conflicts);
    }
}
