package no.planverk.measures.core.internal.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Only the plan ids of {@link PlanCompleter}, for {@code measures:list --plan}, which takes no name. */
@Service
public class PlanIdCompleter extends PlanCompleter {

    @Override
    protected Map<String, String> values() {
        Map<String, String> ids = new LinkedHashMap<>(super.values());
        ids.keySet().removeIf(k -> !k.matches("\\d+"));
        return ids;
    }
}
