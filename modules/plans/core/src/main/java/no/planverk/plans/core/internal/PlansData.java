package no.planverk.plans.core.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.platform.api.DataExporter;
import no.planverk.plans.api.GoalService;
import no.planverk.plans.api.IndicatorService;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanProgramService;
import no.planverk.plans.api.PlanService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The plans module in the export of all data: every plan with its goal tree, indicators, programme, status history and editions. */
@Component(service = DataExporter.class)
public class PlansData implements DataExporter {

    private final PlanService plans;
    private final GoalService goals;
    private final IndicatorService indicators;
    private final PlanProgramService programs;

    @Activate
    public PlansData(@Reference PlanService plans, @Reference GoalService goals, @Reference IndicatorService indicators,
            @Reference PlanProgramService programs) {
        this.plans = plans;
        this.goals = goals;
        this.indicators = indicators;
        this.programs = programs;
    }

    @Override
    public String module() {
        return "plans";
    }

    @Override
    public Object data() {
        List<Map<String, Object>> all = plans.all().stream().map(this::plan).toList();
        return Map.of("plans", all);
    }

    private Map<String, Object> plan(Plan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", p);
        m.put("goals", goals.tree(p.id()));
        m.put("indicators", indicators.forPlan(p.id()));
        programs.find(p.id()).ifPresent(program -> m.put("program", program));
        m.put("history", plans.history(p.id()));
        m.put("editions", plans.editions(p.id()));
        return m;
    }
}
