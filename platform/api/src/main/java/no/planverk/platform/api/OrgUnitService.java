package no.planverk.platform.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The municipality's organisation units. Changes need the role admin and are audited. */
@ProviderType
public interface OrgUnitService {

    /** All units, sorted by name. */
    List<OrgUnit> list();

    Optional<OrgUnit> find(long id);

    Optional<OrgUnit> findByCode(String code);

    /** @throws InvalidInputException on a bad field, an unknown parent or a code in use */
    OrgUnit create(OrgUnitDraft draft, UserContext by);

    /** @throws StaleVersionException when {@code version} is not the stored one */
    OrgUnit update(long id, long version, OrgUnitDraft draft, UserContext by);

    /** @throws InvalidInputException when the unit still has sub-units */
    void delete(long id, long version, UserContext by);
}
