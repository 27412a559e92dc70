package no.planverk.competence.core.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.competence.api.CompetenceMeasureService;
import no.planverk.competence.api.FulltimeService;
import no.planverk.competence.api.Position;
import no.planverk.competence.api.RequirementService;
import no.planverk.competence.api.WorkforceService;
import no.planverk.platform.api.DataExporter;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The competence module in the export of all data: the workforce register of every year (person-level fields
 * included: the export is for admins), requirements, full-time reference figures and competence measures.
 */
@Component(service = DataExporter.class)
public class CompetenceData implements DataExporter {

    private static final UserContext EXPORT = UserContext.system("export");
    private final WorkforceService workforce;
    private final RequirementService requirements;
    private final FulltimeService fulltime;
    private final CompetenceMeasureService measures;
    private final OrgUnitService units;

    @Activate
    public CompetenceData(@Reference WorkforceService workforce, @Reference RequirementService requirements,
            @Reference FulltimeService fulltime, @Reference CompetenceMeasureService measures, @Reference OrgUnitService units) {
        this.workforce = workforce;
        this.requirements = requirements;
        this.fulltime = fulltime;
        this.measures = measures;
        this.units = units;
    }

    @Override
    public String module() {
        return "competence";
    }

    @Override
    public Object data() {
        Map<String, List<Position>> register = new LinkedHashMap<>();
        List<OrgUnit> roots = units.list().stream().filter(u -> u.parentId() == null).toList();
        for (Integer year : workforce.years()) {
            // each top unit's rows include the units below it
            register.put(String.valueOf(year), roots.stream().flatMap(u -> workforce.positions(u.id(), year, EXPORT).stream()).toList());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("workforce", register);
        data.put("requirements", requirements.list(null));
        data.put("benchmarks", fulltime.benchmarks());
        data.put("measures", measures.list(null, null));
        return data;
    }
}
