package no.planverk.volunteers.core.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.platform.api.DataExporter;
import no.planverk.platform.api.UserContext;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentQuery;
import no.planverk.volunteers.api.AssignmentService;
import no.planverk.volunteers.api.HoursService;
import no.planverk.volunteers.api.OrganisationService;
import no.planverk.volunteers.api.VolunteerExport;
import no.planverk.volunteers.api.VolunteerService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The volunteers module in the export of all data: organisations with agreements, every volunteer's GDPR export
 * (each audited as an export of that volunteer), assignments with their placements and hours (hours of erased
 * volunteers without a volunteer), and the unit contacts.
 */
@Component(service = DataExporter.class)
public class VolunteersData implements DataExporter {

    private static final UserContext EXPORT = UserContext.system("export");
    private final OrganisationService organisations;
    private final VolunteerService volunteers;
    private final AssignmentService assignments;
    private final HoursService hours;

    @Activate
    public VolunteersData(@Reference OrganisationService organisations, @Reference VolunteerService volunteers,
            @Reference AssignmentService assignments, @Reference HoursService hours) {
        this.organisations = organisations;
        this.volunteers = volunteers;
        this.assignments = assignments;
        this.hours = hours;
    }

    @Override
    public String module() {
        return "volunteers";
    }

    @Override
    public Object data() {
        List<VolunteerExport> people = volunteers.list(null, null, EXPORT).stream().map(v -> volunteers.export(v.id(), EXPORT)).toList();
        List<Map<String, Object>> tasks = assignments.list(AssignmentQuery.all()).stream().map(this::assignment).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("organisations", organisations.list(null));
        data.put("volunteers", people);
        data.put("assignments", tasks);
        data.put("contacts", assignments.contacts());
        return data;
    }

    private Map<String, Object> assignment(Assignment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("assignment", a);
        m.put("placements", assignments.placements(a.id(), EXPORT));
        m.put("hours", hours.forAssignment(a.id(), EXPORT));
        return m;
    }
}
