package no.planverk.volunteers.api;

import java.util.List;
import java.util.Optional;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Assignments, placements, matching and unit contacts. Every role reads assignments (they hold no personal
 * data); coordinators and the unit's leaders change them; only coordinators place volunteers and see matches.
 */
@ProviderType
public interface AssignmentService {

    List<Assignment> list(AssignmentQuery query);

    Optional<Assignment> find(long id);

    Assignment create(AssignmentDraft draft, UserContext by);

    Assignment update(long id, long version, AssignmentDraft draft, UserContext by);

    /** @throws no.planverk.platform.api.InvalidInputException when hours are logged on it */
    void delete(long id, long version, UserContext by);

    /** The placements of an assignment; for those who may see its volunteers. */
    List<Placement> placements(long assignmentId, UserContext by);

    /**
     * A volunteer's placements, past and present, oldest first: all of them for coordinators; for a unit's
     * contact, those on the unit's assignments. Audited as a read of the volunteer's data.
     */
    List<Placement> placementsOf(long volunteerId, UserContext by);

    /** Places the volunteer from today (or the first day); conflicts come back as warnings. */
    default AssignResult assign(long assignmentId, long volunteerId, UserContext by) {
        return assign(assignmentId, volunteerId, null, by);
    }

    /**
     * Places the volunteer from {@code from} (null: today, or the first day), which may lie in the past to
     * record a placement afterwards, but not before the assignment starts or after it ends.
     */
    AssignResult assign(long assignmentId, long volunteerId, java.time.LocalDate from, UserContext by);

    /** Ends the volunteer's placement on the assignment today. */
    void unassign(long assignmentId, long volunteerId, UserContext by);

    /** Active volunteers who meet the required checks, best first (see {@link Score}). */
    List<Match> matches(long assignmentId, UserContext by);

    /** Open assignments the volunteer meets the checks for, best first. */
    List<AssignmentMatch> suitable(long volunteerId, UserContext by);

    List<UnitContact> contacts();

    /**
     * The steps 1..4 an assignment (and a volunteer's wish) can name, each with the names of the staircase steps in it
     * when the forecasting module gives the municipality's staircase ({@link StepDirectory}), else with none.
     */
    List<StepLabel> steps();

    /** Names the unit's volunteer contact (replacing the former one); coordinators and the unit's leaders. */
    UnitContact setContact(UnitContact contact, UserContext by);

    void removeContact(long unitId, UserContext by);
}
