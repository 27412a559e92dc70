package no.planverk.measures.ui.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;

/** Unit names for the grid, and the user's unit codes as ids (the service filters by id). */
public final class UnitNames implements Function<Long, String> {

    private final Map<Long, String> names;

    public UnitNames(List<OrgUnit> units) {
        names = units.stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name, (a, b) -> a));
    }

    @Override
    public String apply(Long id) {
        return id == null ? "" : names.getOrDefault(id, "#" + id);
    }

    /** "Helse og omsorg, Frivilligsentralen". */
    public String join(Collection<Long> ids) {
        return ids.stream().map(this).collect(Collectors.joining(", "));
    }

    /** Ids of the units with these codes that exist, in code order. */
    public static List<OrgUnit> byCodes(OrgUnitService units, Collection<String> codes) {
        return codes.stream().sorted().map(units::findByCode).flatMap(java.util.Optional::stream).filter(Objects::nonNull).toList();
    }
}
