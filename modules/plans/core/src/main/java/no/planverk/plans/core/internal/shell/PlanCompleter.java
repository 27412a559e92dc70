package no.planverk.plans.core.internal.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanService;
import no.planverk.platform.shell.ValueCompleter;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** The plans' codes, then their ids, each with the plan's title beside it: {@code plans:document} takes either. */
@Service
public class PlanCompleter extends ValueCompleter {

    @Reference
    PlanService plans;

    @Override
    protected Map<String, String> values() {
        return of(plans.all());
    }

    static Map<String, String> of(List<Plan> list) {
        Map<String, String> values = new LinkedHashMap<>();
        list.forEach(p -> values.put(p.code(), p.title()));
        list.forEach(p -> values.putIfAbsent(String.valueOf(p.id()), p.code() + " " + p.title()));
        return values;
    }
}
