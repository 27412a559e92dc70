package no.planverk.consultation.core.internal.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanService;
import no.planverk.platform.shell.ValueCompleter;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Plan ids with the plan's code and title beside them, for {@code consultation:list --plan}. */
@Service
public class PlanIdCompleter extends ValueCompleter {

    @Reference
    PlanService plans;

    @Override
    protected Map<String, String> values() {
        return of(plans.all());
    }

    static Map<String, String> of(List<Plan> list) {
        Map<String, String> ids = new LinkedHashMap<>();
        list.forEach(p -> ids.put(String.valueOf(p.id()), p.code() + " " + p.title()));
        return ids;
    }
}
