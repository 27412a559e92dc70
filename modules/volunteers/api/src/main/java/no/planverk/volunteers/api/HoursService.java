package no.planverk.volunteers.api;

import java.time.LocalDate;
import java.util.List;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/** Hours given: logged by coordinators or the unit's contact; totals and the yearly report are open to every role (no names). */
@ProviderType
public interface HoursService {

    HoursEntry log(HoursDraft draft, UserContext by);

    /** Hours of an assignment, for those who may see its volunteers. */
    List<HoursEntry> forAssignment(long assignmentId, UserContext by);

    void delete(long entryId, UserContext by);

    /** Totals from {@code from} to {@code to}, both included; {@code unitId} (or null) limits to a unit and the units below it. */
    EffortReport report(LocalDate from, LocalDate to, Long unitId);

    /**
     * Totals from {@code from} to {@code to}, both included, of the hours on assignments that serve the measure:
     * the volunteer effort behind a measure, for its follow-up. Open to every role (no names).
     */
    EffortReport forMeasure(long measureId, LocalDate from, LocalDate to);

    /** The year's volunteer effort, for follow-up and grant applications. */
    default EffortReport yearly(int year) {
        return report(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null);
    }
}
