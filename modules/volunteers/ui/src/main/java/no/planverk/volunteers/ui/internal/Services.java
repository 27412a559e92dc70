package no.planverk.volunteers.ui.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.volunteers.api.AssignmentService;
import no.planverk.volunteers.api.HoursService;
import no.planverk.platform.api.link.MeasureDirectory;
import no.planverk.volunteers.api.OrganisationService;
import no.planverk.volunteers.api.VolunteerService;
import no.planverk.platform.api.transfer.ModuleTransfer;

/**
 * The module's services as the views use them, with the organisation units and a clock (the system's in Karaf, a
 * fixed one in tests), so "today" in a view is the services' today.
 */
public record Services(OrganisationService organisations, VolunteerService volunteers, AssignmentService assignments,
        HoursService hours, ModuleTransfer transfer, OrgUnitService units, Clock clock,
        Supplier<MeasureDirectory> measures) {

    /** Without the measures module. */
    public Services(OrganisationService organisations, VolunteerService volunteers, AssignmentService assignments,
            HoursService hours, ModuleTransfer transfer, OrgUnitService units, Clock clock) {
        this(organisations, volunteers, assignments, hours, transfer, units, clock, () -> null);
    }

    /** The same services, with the measures module's measures when {@code directory} gives them. */
    public Services withMeasures(Supplier<MeasureDirectory> directory) {
        return new Services(organisations, volunteers, assignments, hours, transfer, units, clock, directory);
    }

    /** The measures module's measures, when it is installed. */
    public Optional<MeasureDirectory> measureDirectory() {
        return Optional.ofNullable(measures.get());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Unit names by id. */
    public Map<Long, String> unitNames() {
        return units.list().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name, (a, b) -> a));
    }

    /** Organisation names by id. */
    public Map<Long, String> organisationNames() {
        return organisations.list(null).stream().collect(Collectors.toMap(o -> o.id(), o -> o.name(), (a, b) -> a));
    }

    public static <K> String name(Map<K, String> names, K id) {
        return id == null ? "" : names.getOrDefault(id, String.valueOf(id));
    }
}
