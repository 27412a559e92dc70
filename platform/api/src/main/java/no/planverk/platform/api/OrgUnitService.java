package no.planverk.platform.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/** The municipality's organisation units. Changes need the role admin and are audited. */
@ProviderType
public interface OrgUnitService {

    /** All units, sorted by name. */
    List<OrgUnit> list();

    Optional<OrgUnit> find(long id);

    Optional<OrgUnit> findByCode(String code);

    /** The unit and every unit below it, so a filter on "Helse og omsorg" covers its departments. */
    default Set<Long> subtree(long unitId) {
        return subtree(Set.of(unitId));
    }

    /** These units (also ids not in the register) and every unit below them. */
    default Set<Long> subtree(Collection<Long> unitIds) {
        return snapshot().subtree(unitIds);
    }

    /** The units with these codes (a user's JAAS units) and every unit below them; empty when no code is known. */
    default Set<Long> subtreeOfCodes(Collection<String> codes) {
        return snapshot().subtreeOfCodes(codes);
    }

    /** The unit and the units above it, nearest first (an id not in the register: itself alone). */
    default List<Long> ancestors(long unitId) {
        return snapshot().ancestors(unitId);
    }

    /**
     * The units read once ({@link #list()}), as a service that answers {@code find}, {@code subtree}, {@code ancestors}
     * and the rest from that one list: for a call that asks about many units. Read-only: changes are refused.
     */
    default OrgUnitService snapshot() {
        return new OrgUnitSnapshot(list());
    }

    /** @throws InvalidInputException on a bad field, an unknown parent or a code in use */
    OrgUnit create(OrgUnitDraft draft, UserContext by);

    /** @throws StaleVersionException when {@code version} is not the stored one */
    OrgUnit update(long id, long version, OrgUnitDraft draft, UserContext by);

    /** @throws InvalidInputException when the unit still has sub-units */
    void delete(long id, long version, UserContext by);
}
