package no.planverk.platform.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        Map<Long, List<Long>> children = new HashMap<>();
        for (OrgUnit u : list()) {
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u.id());
            }
        }
        Set<Long> out = new HashSet<>(unitIds);
        Deque<Long> todo = new ArrayDeque<>(out);
        while (!todo.isEmpty()) {
            for (Long child : children.getOrDefault(todo.pop(), List.of())) {
                if (out.add(child)) {
                    todo.push(child);
                }
            }
        }
        return out;
    }

    /** The units with these codes (a user's JAAS units) and every unit below them; empty when no code is known. */
    default Set<Long> subtreeOfCodes(Collection<String> codes) {
        return subtree(list().stream().filter(u -> codes.contains(u.code())).map(OrgUnit::id).toList());
    }

    /** @throws InvalidInputException on a bad field, an unknown parent or a code in use */
    OrgUnit create(OrgUnitDraft draft, UserContext by);

    /** @throws StaleVersionException when {@code version} is not the stored one */
    OrgUnit update(long id, long version, OrgUnitDraft draft, UserContext by);

    /** @throws InvalidInputException when the unit still has sub-units */
    void delete(long id, long version, UserContext by);
}
