package no.planverk.competence.api;

import java.util.List;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;
import no.planverk.platform.api.transfer.ImportSummary;

/**
 * The workforce register. Everyone with a role reads {@link #summary}; the rows themselves are for planners, admins
 * and the leaders of the unit (or a unit above it). Personal fields of person-level rows are shown only to admins and
 * the unit's leaders, and that reading is audited. Changes: planners everywhere, unit leaders in their units.
 */
@ProviderType
public interface WorkforceService {

    /** Register years with rows, newest first. */
    List<Integer> years();

    /** The newest register year, or null when the register is empty. */
    Integer latestYear();

    /** Aggregates for the unit and the units below it; {@code year} null = the newest year. */
    WorkforceSummary summary(long unitId, Integer year);

    /** Summaries of every unit that has rows (itself or below), for the newest year or {@code year}. */
    List<WorkforceSummary> units(Integer year);

    /** The rows of the unit and the units below it in a register year ({@code year} null = the newest). */
    List<Position> positions(long unitId, Integer year, UserContext user);

    Position create(PositionDraft draft, UserContext by);

    Position update(long id, long version, PositionDraft draft, UserContext by);

    void delete(long id, long version, UserContext by);

    /** Blanks employee number, name and birth year of every row of the unit and the units below (the age band stays). */
    int erasePersonalData(long unitId, UserContext by);

    /**
     * Checks a file and lists every row error; saves nothing. The same as the core's ModuleTransfer service
     * ({@code module=competence}, kind {@code workforce}): created are the positions, the figure {@code fte} their FTE,
     * the notes the unit and year registers the file replaces ("ALV-HO-HEIM 2025").
     */
    ImportSummary preview(FileFormat format, byte[] content, UserContext by);

    /** Replaces the register of each unit and year in the file, or saves nothing when any row is bad. */
    ImportSummary importData(FileFormat format, byte[] content, UserContext by);

    /** The rows of the unit (and below) in the import's columns; personal fields only for those who may see them. */
    byte[] export(long unitId, Integer year, FileFormat format, UserContext user);
}
