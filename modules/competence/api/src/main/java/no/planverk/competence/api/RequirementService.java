package no.planverk.competence.api;

import java.util.List;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Required competence per unit and category, and the gaps against the register. Everyone reads; planners change
 * every requirement, unit leaders those of their units and the units below. Changes are audited.
 */
@ProviderType
public interface RequirementService {

    /** Requirements of the unit and the units below it; all for null. */
    List<Requirement> list(Long unitId);

    Requirement create(RequirementDraft draft, UserContext by);

    Requirement update(long id, long version, RequirementDraft draft, UserContext by);

    void delete(long id, long version, UserContext by);

    /** Gaps of the requirements of the unit and below (all for null) in a register year (null = newest). */
    GapReport gaps(Long unitId, Integer year);
}
