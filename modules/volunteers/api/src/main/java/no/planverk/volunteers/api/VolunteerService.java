package no.planverk.volunteers.api;

import java.util.List;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Volunteers: personal data. Coordinators and admins see and change all; a unit leader named as a unit's
 * contact sees the volunteers placed on that unit's assignments; everyone else gets an
 * {@link no.planverk.platform.api.AccessDeniedException}. Reads of a profile and every change are audited
 * with ids only.
 */
@ProviderType
public interface VolunteerService {

    /** Volunteers the user may see, by name; status and text (name or skill) filter when not null. */
    List<VolunteerSummary> list(VolunteerStatus status, String text, UserContext by);

    /** The full profile; the read is audited. */
    Volunteer profile(long id, UserContext by);

    /** A new volunteer, as an applicant. */
    Volunteer create(VolunteerDraft draft, UserContext by);

    Volunteer update(long id, long version, VolunteerDraft draft, UserContext by);

    /** @throws no.planverk.platform.api.InvalidInputException when the move is not allowed from the current status */
    Volunteer changeStatus(long id, long version, VolunteerStatus to, UserContext by);

    /** Everything stored about the volunteer; audited. */
    VolunteerExport export(long id, UserContext by);

    /** Removes the volunteer's personal data for good; their hours stay, without a name. Coordinators only. */
    void erase(long id, UserContext by);

    /** Certificates expiring within {@code days} (or expired) and active volunteers without an assignment for {@code months}. */
    List<Reminder> reminders(int days, int months, UserContext by);

    /** The reminders with the configured days and months ({@code etc/no.planverk.volunteers.cfg}: 30 and 6 by default). */
    List<Reminder> reminders(UserContext by);
}
