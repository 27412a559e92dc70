package no.planverk.measures.core.internal.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.PlanInfo;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import no.planverk.platform.shell.ValueCompleter;

/**
 * Plan ids with the plan's code and title beside them, from the plans module; without it, the plan ids and names
 * the measures carry.
 */
@Service
public class PlanCompleter extends ValueCompleter {

    @Reference(optional = true)
    PlanDirectory directory;

    @Reference
    MeasureService measures;

    @Override
    protected Map<String, String> values() {
        PlanDirectory dir = directory;
        return dir != null ? fromDirectory(dir.plans()) : fromMeasures(measures.all());
    }

    static Map<String, String> fromDirectory(List<PlanInfo> plans) {
        Map<String, String> ids = new LinkedHashMap<>();
        plans.forEach(p -> ids.put(String.valueOf(p.id()), p.code() + " " + p.title()));
        return ids;
    }

    static Map<String, String> fromMeasures(List<Measure> list) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Measure m : list) {
            if (m.planId() != null) {
                ids.putIfAbsent(String.valueOf(m.planId()), m.planName());
            } else if (m.planName() != null && !m.planName().isBlank()) {
                ids.putIfAbsent(m.planName(), null);
            }
        }
        return ids;
    }
}
