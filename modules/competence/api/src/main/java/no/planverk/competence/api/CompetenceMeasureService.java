package no.planverk.competence.api;

import java.util.List;
import java.util.Optional;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Competence measures: courses, apprentices, student placements, mentor programmes. Everyone reads; planners change
 * all, unit leaders those of their units and below. A link to a measure is checked while the measures module is
 * installed. Changes are audited.
 */
@ProviderType
public interface CompetenceMeasureService {

    /** Of the unit and below (all for null), in a year (all for null); by year, unit and title. */
    List<CompetenceMeasure> list(Long unitId, Integer year);

    Optional<CompetenceMeasure> find(long id);

    CompetenceMeasure create(CompetenceMeasureDraft draft, UserContext by);

    CompetenceMeasure update(long id, long version, CompetenceMeasureDraft draft, UserContext by);

    void delete(long id, long version, UserContext by);

    /** True while the measures bridge is installed (links are checked and labelled). */
    boolean measuresInstalled();
}
